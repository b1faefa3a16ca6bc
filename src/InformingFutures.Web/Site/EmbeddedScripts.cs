namespace InformingFutures.Web.Site;

/// <summary>Scripts compiled into the site rather than served from wwwroot, which every environment serves as files.</summary>
internal static class EmbeddedScripts
{
    public static string Read(string name)
    {
        using var stream = typeof(EmbeddedScripts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is not embedded in the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
