using InformingFutures.Web.Site;

namespace InformingFutures.Web.Pdf;

/// <summary>
/// Reloads the site when the <c>pdf</c> command writes a new manifest, so fresh PDFs are linked without a restart
/// (the manifest is written last, after every file it lists).
/// </summary>
internal sealed class PdfFolderWatch(PdfFiles.Part part, LiveSnapshot site, ILogger<PdfFolderWatch> logger) : IHostedService, IDisposable
{
    private FileSystemWatcher? _watcher;

    public Task StartAsync(CancellationToken cancellationToken)
    {
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

    public void Dispose() => _watcher?.Dispose();
}
