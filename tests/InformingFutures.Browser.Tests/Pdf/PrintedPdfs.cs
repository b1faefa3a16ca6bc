using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;

namespace InformingFutures.Browser.Tests.Pdf;

/// <summary>
/// The repository's content printed once by the pdf command, as docs/deploying.md runs it (with the tests' public
/// address), and the site serving that folder: what a practitioner downloads.
/// </summary>
public sealed class PrintedPdfs : IAsyncLifetime
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("if-pdfs-").FullName;

    public ToolkitFactory Site { get; private set; } = null!;

    /// <summary>What the command printed, and its exit code: a test fails on it rather than the fixture throwing.</summary>
    public (int ExitCode, string Output) Command { get; private set; }

    public Task InitializeAsync()
    {
        Site = new ToolkitFactory(TestPaths.RepoContent, configure: b => b
            .UseSetting("Site:PublicUrl", RepoSiteFactory.PublicUrl)
            .UseSetting("Pdf:Folder", Folder));
        if ((Chromium.IsInstalled && PdfText.IsInstalled) || Chromium.IsCi)
        {
            Command = StaticExport.RunCommand("pdf", null, new Dictionary<string, string>
            {
                ["Pdf__Folder"] = Folder,
                ["Pdf__Chromium"] = Chromium.ExecutablePath,
            }, "--base-url", RepoSiteFactory.PublicUrl);
        }

        return Task.CompletedTask;
    }

    /// <summary>The pages that offer a PDF, from the route table: an editor adding a page adds one here.</summary>
    public IReadOnlyList<SiteRoute> Pages => [.. Site.Services.GetRequiredService<SiteIndex>().Current.Routes.All.Where(r => r.HasPdf)];

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

    public async Task DisposeAsync()
    {
        await Site.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }
}
