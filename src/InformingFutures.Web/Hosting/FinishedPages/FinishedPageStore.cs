using System.Collections.Concurrent;
using InformingFutures.Web.Site;

namespace InformingFutures.Web.Hosting.FinishedPages;

/// <summary>
/// The finished responses of one snapshot on one day: pages carry the day (a citation's "accessed" date, the review
/// notice), so a new day, like new content, starts an empty set and the old one is left to the garbage collector.
/// Keys are the route table's own addresses and the encodings the site sends, so no made-up address can add one;
/// a byte budget bounds the total for a content folder of any size: past it, pages are rendered for each request.
/// </summary>
internal sealed class FinishedPageStore(TimeProvider clock)
{
    /// <summary>Room for every page of today's content in all three encodings many times over.</summary>
    public const long BudgetBytes = 24 * 1024 * 1024;

    private Generation? _current;

    public Generation For(SiteSnapshot snapshot)
    {
        var day = clock.GetUtcNow().UtcTicks / TimeSpan.TicksPerDay;
        var current = Volatile.Read(ref _current);
        if (current is not null && current.Version == snapshot.Version && current.Day == day)
        {
            return current;
        }

        // A request still rendering from the previous snapshot during a swap may put its own set back for a moment;
        // the next request of the new snapshot replaces it again. Keys never mix: each set belongs to one version.
        var fresh = new Generation(snapshot.Version, day);
        Volatile.Write(ref _current, fresh);
        return fresh;
    }

    public long Timestamp => clock.GetTimestamp();

    public TimeSpan Since(long timestamp) => clock.GetElapsedTime(timestamp);

    internal sealed class Generation(long version, long day)
    {
        private readonly ConcurrentDictionary<(string Path, string Encoding), FinishedResponse> _responses = new();
        private long _bytes;

        public long Version { get; } = version;

        public long Day { get; } = day;

        public int Count => _responses.Count;

        public long Bytes => Interlocked.Read(ref _bytes);

        public bool TryGet(string path, string encoding, out FinishedResponse response) =>
            _responses.TryGetValue((path, encoding), out response!);

        public void Add(string path, string encoding, FinishedResponse response)
        {
            if (Interlocked.Add(ref _bytes, response.Body.Length) > BudgetBytes || !_responses.TryAdd((path, encoding), response))
            {
                Interlocked.Add(ref _bytes, -response.Body.Length);
            }
        }
    }
}
