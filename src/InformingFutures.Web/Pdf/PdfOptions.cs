namespace InformingFutures.Web.Pdf;

/// <summary>Where the site finds the PDFs the <c>pdf</c> command made, and the browser that command prints with.</summary>
public sealed class PdfOptions
{
    public const string SectionName = "Pdf";

    /// <summary>The folder of PDFs and their manifest, relative to the app's content root (or absolute).</summary>
    public string Folder { get; set; } = "pdf";

    /// <summary>The Chromium the <c>pdf</c> command prints with: a path, or a name looked up on PATH. The site itself never starts it.</summary>
    public string Chromium { get; set; } = "chromium";

    /// <summary>Where <see cref="Chromium"/> is, or null when it is not installed.</summary>
    public string? ChromiumPath() =>
        Path.IsPathRooted(Chromium) ? (File.Exists(Chromium) ? Chromium : null)
        : (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, Chromium)).FirstOrDefault(File.Exists);

    /// <summary>How long one page may take to print before the command gives up on it.</summary>
    public int PrintTimeoutSeconds { get; set; } = 120;
}
