using InformingFutures.Web.Site;

namespace InformingFutures.Web.Pdf;

/// <summary>
/// Reloads the site when the <c>pdf</c> command writes a new manifest, so fresh PDFs are linked without a restart
/// (the manifest is written last, after every file it lists); and says in the log when an edit withdraws PDF links.
/// </summary>
internal sealed class PdfFolderWatch(PdfFiles.Part part, LiveSnapshot site, ILogger<PdfFolderWatch> logger) : IHostedService, IDisposable
{
    private FileSystemWatcher? _watcher;
    private IReadOnlyList<string> _withdrawn = [];

    public Task StartAsync(CancellationToken cancellationToken)
    {
        site.Reloaded += SayWhatWasWithdrawn;
        try
        {
            Directory.CreateDirectory(part.Folder);
            _watcher = new FileSystemWatcher(part.Folder, PdfManifest.FileName) { NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size };
            _watcher.Created += (_, _) => site.ReloadSoon();
            _watcher.Changed += (_, _) => site.ReloadSoon();
            _watcher.Renamed += (_, _) => site.ReloadSoon();
            _watcher.Deleted += (_, _) => site.ReloadSoon();
            _watcher.EnableRaisingEvents = true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            logger.LogWarning("Cannot watch the PDF folder {PdfFolder} ({Reason}); new PDFs are linked after the next content change or restart", part.Folder, e.Message);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Once for each change: an editor who saved a page learns that its PDF link has gone, and why.</summary>
    private void SayWhatWasWithdrawn(SiteSnapshot snapshot)
    {
        var withdrawn = snapshot.Pdfs.Withdrawn;
        if (withdrawn.Except(_withdrawn).Any())
        {
            logger.LogWarning("The PDFs of {Pages:l} were printed before the pages last changed, so their Download PDF links are withdrawn; run the pdf command to print them again",
                string.Join(", ", withdrawn));
        }

        _withdrawn = withdrawn;
    }

    public void Dispose()
    {
        site.Reloaded -= SayWhatWasWithdrawn;
        _watcher?.Dispose();
    }
}
