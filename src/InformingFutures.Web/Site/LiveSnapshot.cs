using System.Diagnostics;
using InformingFutures.Web.Content;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace InformingFutures.Web.Site;

/// <summary>
/// Holds the current <see cref="SiteSnapshot"/> and builds a new one, off to the side, whenever a file under the
/// content root changes; readers see the old snapshot until the new one is swapped in whole. Nothing a content
/// file holds can stop the site: a reload that fails for any reason keeps the snapshot before it and logs why.
/// </summary>
public sealed class LiveSnapshot : IDisposable
{
    private readonly SiteBuilder _builder;
    private readonly ILogger<LiveSnapshot> _logger;
    private readonly TimeSpan _reloadDelay;
    private readonly string _root;
    private readonly FileSystemWatcher? _rootWatch;
    private PhysicalFileProvider _files;
    private IDisposable _watch;
    private readonly Lock _reloadLock = new();
    private readonly Timer _debounce;
    private readonly TimeProvider _clock;
    private ITimer? _publishing;
    private volatile SiteSnapshot _current;

    public LiveSnapshot(IOptions<ContentOptions> options, SiteBuilder builder, TimeProvider clock, ILogger<LiveSnapshot> logger)
    {
        _builder = builder;
        _current = builder.Empty;
        _clock = clock;
        _logger = logger;
        _reloadDelay = TimeSpan.FromMilliseconds(options.Value.ReloadDelayMilliseconds);
        _root = Path.GetFullPath(options.Value.RootPath);
        _files = new PhysicalFileProvider(_root);
        _debounce = new Timer(_ => Reload(), null, Timeout.Infinite, Timeout.Infinite);
        Reload();
        _watch = WatchFiles(_files);
        _rootWatch = WatchRootItself();
    }

    private IDisposable WatchFiles(PhysicalFileProvider files) => ChangeToken.OnChange(() => files.Watch("**/*"), ScheduleReload);

    /// <summary>
    /// A watch on the content folder ends with the folder: `rm -rf content &amp;&amp; mv content.new content`, a
    /// checkout that replaces it, or a volume mounted anew. The folder above is watched for the folder's own name,
    /// so a replacement gets a new watch and a reload.
    /// </summary>
    private FileSystemWatcher? WatchRootItself()
    {
        if (Path.GetDirectoryName(_root) is not { } parent || !Directory.Exists(parent))
        {
            return null;
        }

        try
        {
            var watcher = new FileSystemWatcher(parent, Path.GetFileName(_root))
            {
                NotifyFilter = NotifyFilters.DirectoryName,
                IncludeSubdirectories = false,
            };
            watcher.Created += (_, _) => RootReplaced();
            watcher.Deleted += (_, _) => ScheduleReload();
            watcher.Renamed += (_, _) => RootReplaced();
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            _logger.LogWarning(e, "Cannot watch {ContentParent} for the content folder being replaced; a replaced folder is seen after a restart", parent);
            return null;
        }
    }

    private void RootReplaced()
    {
        if (Directory.Exists(_root))
        {
            lock (_reloadLock)
            {
                var (oldFiles, oldWatch) = (_files, _watch);
                _files = new PhysicalFileProvider(_root);
                _watch = WatchFiles(_files);
                oldWatch.Dispose();
                oldFiles.Dispose();
            }
        }

        ScheduleReload();
    }

    /// <summary>
    /// Raised after each swap with the new snapshot, outside any lock. Handlers must not block: live preview tells
    /// the open pages and returns.
    /// </summary>
    public event Action<SiteSnapshot>? Reloaded;

    public SiteSnapshot Current => _current;

    /// <summary>Why the last reload failed as a whole, or null when it succeeded; shown by <c>/healthz</c>.</summary>
    public string? LastReloadFailure { get; private set; }

    /// <summary>Reads every file again and swaps in the result. Never throws; concurrent calls run one at a time.</summary>
    public void Reload()
    {
        SiteSnapshot next;
        var start = Stopwatch.GetTimestamp();
        try
        {
            lock (_reloadLock)
            {
                next = _builder.Build(_files, _current);
                _current = next;
                LastReloadFailure = null;
                RebuildWhenNextPageIsDue(next);
            }
        }
        catch (Exception e)
        {
            // A background callback that throws ends the process; content must never do that.
            LastReloadFailure = $"{e.GetType().Name}: {e.Message}";
            _logger.LogError(e, "Content reload failed; still serving content version {ContentVersion}", _current.Version);
            return;
        }

        _logger.LogInformation("Loaded {DocumentCount} content documents with {ProblemCount} problems from {ContentRoot} (version {ContentVersion}) in {ElapsedMilliseconds:0} ms",
            next.Content.Documents.Count, next.Content.Problems.Count, _files.Root, next.Version, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        foreach (var handler in Reloaded?.GetInvocationList().Cast<Action<SiteSnapshot>>() ?? [])
        {
            try
            {
                handler(next);
            }
            catch (Exception e)
            {
                _logger.LogError(e, "A content reload listener failed for content version {ContentVersion}", next.Version);
            }
        }
    }

    /// <summary>
    /// A scheduled page appears when its day comes, without anyone saving a file: the site rebuilds at that moment,
    /// judged by the site's clock. Long waits are split into days, which timers can hold.
    /// </summary>
    private void RebuildWhenNextPageIsDue(SiteSnapshot snapshot)
    {
        _publishing?.Dispose();
        _publishing = null;
        if (snapshot.NextPublication is { } due)
        {
            var wait = due - _clock.GetUtcNow();
            wait = wait < TimeSpan.Zero ? TimeSpan.Zero : wait > TimeSpan.FromDays(1) ? TimeSpan.FromDays(1) : wait;
            _publishing = _clock.CreateTimer(_ => Reload(), null, wait, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>Reloads after the reload delay, as a save does: for files outside the content folder that pages depend on.</summary>
    public void ReloadSoon() => ScheduleReload();

    private void ScheduleReload()
    {
        try
        {
            _debounce.Change(_reloadDelay, Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // The site is shutting down.
        }
    }

    public void Dispose()
    {
        _rootWatch?.Dispose();
        _watch.Dispose();
        _debounce.Dispose();
        _publishing?.Dispose();
        _files.Dispose();
    }
}
