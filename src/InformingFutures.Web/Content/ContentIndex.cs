using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace InformingFutures.Web.Content;

/// <summary>
/// Holds the current <see cref="ContentSnapshot"/> and rebuilds it whenever a file under the content root
/// changes. Pages read <see cref="Current"/>; nothing here ever builds a file path from a URL.
/// </summary>
public sealed class ContentIndex : IDisposable
{
    private readonly ContentLoader _loader;
    private readonly ILogger<ContentIndex> _logger;
    private readonly TimeSpan _reloadDelay;
    private readonly PhysicalFileProvider _files;
    private readonly IDisposable _watch;
    private readonly Lock _reloadLock = new();
    private readonly Timer _debounce;
    private volatile ContentSnapshot _current = ContentSnapshot.Empty;

    public ContentIndex(IOptions<ContentOptions> options, ContentLoader loader, ILogger<ContentIndex> logger)
    {
        _loader = loader;
        _logger = logger;
        _reloadDelay = TimeSpan.FromMilliseconds(options.Value.ReloadDelayMilliseconds);
        _files = new PhysicalFileProvider(options.Value.RootPath);
        _debounce = new Timer(_ => Reload(), null, Timeout.Infinite, Timeout.Infinite);
        Reload();
        _watch = ChangeToken.OnChange(() => _files.Watch("**/*"), () => _debounce.Change(_reloadDelay, Timeout.InfiniteTimeSpan));
    }

    /// <summary>Raised after a reload with the new snapshot (output caches listen to evict pages).</summary>
    public event Action<ContentSnapshot>? Reloaded;

    public ContentSnapshot Current => _current;

    /// <summary>Reads every file again. Safe to call from any thread; concurrent calls run one at a time.</summary>
    public void Reload()
    {
        lock (_reloadLock)
        {
            var previous = _current;
            var next = _loader.Load(_files, previous);
            _current = next;
            _logger.LogInformation("Loaded {DocumentCount} content documents with {ProblemCount} problems from {ContentRoot}",
                next.Documents.Count, next.Problems.Count, _files.Root);
            Reloaded?.Invoke(next);
        }
    }

    public void Dispose()
    {
        _watch.Dispose();
        _debounce.Dispose();
        _files.Dispose();
    }
}
