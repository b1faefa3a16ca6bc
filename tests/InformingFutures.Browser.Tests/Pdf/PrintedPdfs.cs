using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;

namespace InformingFutures.Browser.Tests.Pdf;

/// <summary>
/// The repository's content as the pdf command printed it (<see cref="RepoPdfs"/>), and a site serving that folder:
/// what a practitioner downloads.
/// </summary>
public sealed class PrintedPdfs : IAsyncLifetime
{
    public string Folder => RepoPdfs.Folder;

    public ToolkitFactory Site { get; private set; } = null!;

    /// <summary>What the command printed, and its exit code: a test fails on it rather than the fixture throwing.</summary>
    public (int ExitCode, string Output) Command { get; private set; }

    public Task InitializeAsync()
    {
        Command = RepoPdfs.Command;
        Site = new ToolkitFactory(TestPaths.RepoContent, configure: b => b
            .UseSetting("Site:PublicUrl", RepoSiteFactory.PublicUrl)
            .UseSetting("Pdf:Folder", Folder));
        return Task.CompletedTask;
    }

    /// <summary>The pages that offer a PDF, from the route table: an editor adding a page adds one here.</summary>
    public IReadOnlyList<SiteRoute> Pages => [.. Site.Services.GetRequiredService<LiveSnapshot>().Current.Routes.All.Where(r => r.HasPdf)];

    /// <summary>Runs a poppler tool and returns what it printed.</summary>
    public static string Poppler(string tool, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo("/usr/bin/" + tool, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} {string.Join(' ', arguments)} failed: {errors}");
        return output;
    }

    public async Task DisposeAsync() => await Site.DisposeAsync();
}
