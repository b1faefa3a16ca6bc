using System.Collections.Concurrent;

namespace InformingFutures.Web.Tests.Support;

/// <summary>
/// The repository's site on real Kestrel that only ever gets plain requests (no query, no body, no odd headers):
/// what every reader should see at an address, to compare a probed site against.
/// </summary>
public sealed class PlainSite : IDisposable
{
    private readonly ToolkitFactory _site = new RepoSiteFactory();
    private readonly ConcurrentDictionary<string, PlainAnswer> _answers = new();

    public PlainSite() => Address = RawHttp.StartOnKestrel(_site);

    public Uri Address { get; }

    public SiteSnapshot Snapshot => _site.Services.GetRequiredService<LiveSnapshot>().Current;

    /// <summary>What a plain GET of <paramref name="path"/> gets here (asked once; the site only ever sees such requests).</summary>
    public async Task<PlainAnswer> AnswerAsync(string path) =>
        _answers.TryGetValue(path, out var known) ? known : _answers.GetOrAdd(path, await PlainAnswer.GetAsync(Address, path));

    public void Dispose() => _site.Dispose();
}

/// <summary>A plain GET's status, type and body, uncompressed.</summary>
public sealed record PlainAnswer(int Status, string? ContentType, string Body)
{
    public static async Task<PlainAnswer> GetAsync(Uri site, string path)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = site };
        using var response = await client.GetAsync(path);
        return new((int)response.StatusCode, response.Content.Headers.ContentType?.ToString(), await response.Content.ReadAsStringAsync());
    }

    /// <summary>The first difference from <paramref name="expected"/>, or null when the two are the same answer.</summary>
    public string? DifferenceFrom(PlainAnswer expected)
    {
        if (Status != expected.Status || ContentType != expected.ContentType)
        {
            return $"{Status} {ContentType} instead of {expected.Status} {expected.ContentType}";
        }

        if (Body == expected.Body)
        {
            return null;
        }

        var at = Enumerable.Range(0, Math.Min(Body.Length, expected.Body.Length)).FirstOrDefault(i => Body[i] != expected.Body[i], Math.Min(Body.Length, expected.Body.Length));
        string Around(string text) => text.Substring(Math.Max(0, at - 60), Math.Min(160, text.Length - Math.Max(0, at - 60)));
        return $"body differs at {at}: «{Around(Body)}» instead of «{Around(expected.Body)}»";
    }
}
