using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Memory;

namespace InformingFutures.Web.Hosting;

/// <summary>
/// The output cache's memory, in two parts with their own budgets: the pages, whose number the route table bounds,
/// and search answers, one per query anyone cares to type. A flood of unique searches can only push out other
/// searches, never a page.
/// </summary>
internal sealed class PageCacheStore : IOutputCacheStore, IDisposable
{
    /// <summary>On every cached response; evicting it empties the cache after a content reload.</summary>
    public const string ContentTag = "content";

    /// <summary>On cached search answers, which are kept apart from the pages.</summary>
    public const string SearchTag = "search";

    // A page is a few tens of KB in each of three encodings: hundreds of pages fit. Search answers are smaller.
    public const long PageBytes = 24 * 1024 * 1024;
    public const long SearchBytes = 8 * 1024 * 1024;

    private readonly MemoryCache _pages = new(new MemoryCacheOptions { SizeLimit = PageBytes });
    private readonly MemoryCache _searches = new(new MemoryCacheOptions { SizeLimit = SearchBytes });

    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        if (tag == ContentTag)
        {
            _pages.Clear();
        }

        if (tag is ContentTag or SearchTag)
        {
            _searches.Clear();
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) =>
        new(_pages.Get<byte[]>(key) ?? _searches.Get<byte[]>(key));

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        var part = tags is not null && tags.Contains(SearchTag) ? _searches : _pages;
        part.Set(key, value, new MemoryCacheEntryOptions { Size = value.Length, AbsoluteExpirationRelativeToNow = validFor });
        return ValueTask.CompletedTask;
    }

    public void Dispose()
    {
        _pages.Dispose();
        _searches.Dispose();
    }
}
