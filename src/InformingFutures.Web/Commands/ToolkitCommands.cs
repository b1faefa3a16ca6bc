namespace InformingFutures.Web.Commands;

/// <summary>
/// The site's commands (<c>check</c>, <c>export</c>, <c>pdf</c>). Each runs on the same app, built through the same container
/// as the site, with a few settings of its own applied before the app is built.
/// </summary>
public static class ToolkitCommands
{
    /// <summary>Settings a command needs in place before the app is built; none when the site is simply served.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> SettingsFor(string[] args) => args switch
    {
        [ContentCheckCommand.Name, .. var rest] => [.. ContentCheckCommand.Settings(rest), NoPreview],
        [StaticExportCommand.Name, .. var rest] => [.. StaticExportCommand.Settings(rest), NoPreview],
        [PdfCommand.Name, .. var rest] => [.. PdfCommand.Settings(rest), NoPreview],
        _ => [],
    };

    // Both commands judge the public site, even when `dotnet run` starts them in Development.
    private static readonly KeyValuePair<string, string?> NoPreview = new("Preview:Enabled", "false");

    /// <summary>Runs the command named by <paramref name="args"/> and returns its exit code, or null to serve the site.</summary>
    public static async Task<int?> RunAsync(WebApplication app, string[] args) => args switch
    {
        [ContentCheckCommand.Name, .. var rest] => ContentCheckCommand.Run(app.Services, rest, Console.Out, Console.Error),
        [StaticExportCommand.Name, .. var rest] => await StaticExportCommand.RunAsync(app, rest, Console.Out, Console.Error),
        [PdfCommand.Name, .. var rest] => await PdfCommand.RunAsync(app, rest, Console.Out, Console.Error),
        _ => null,
    };
}
