using System.Collections.Frozen;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using InformingFutures.Web.Content;

namespace InformingFutures.Web.Site;

/// <summary>
/// Everything the site derives from one load of the content: the documents, the addresses it serves, their
/// fingerprint and each feature's parts (<see cref="ISnapshotPart"/>: search, sitemap, feed, offline list). Built
/// whole before it is swapped in, never changed after, and pinned once per request, so no response mixes two
/// versions of the content.
/// </summary>
public sealed partial class SiteSnapshot
{
    /// <param name="previewed">In preview, the pages shown that the public site holds back, each shown with a banner.</param>
    /// <param name="nextPublication">When the next scheduled page is due: the site is rebuilt then.</param>
    /// <param name="release">The <see cref="Site.Release"/> fingerprint of what serves the content.</param>
    public SiteSnapshot(ContentSnapshot content, RouteTable routes, IReadOnlyDictionary<string, HeldBack>? previewed = null, DateTimeOffset? nextPublication = null, string release = "")
    {
        Content = content;
        Routes = routes;
        Release = release;
        ContentFingerprint = Fingerprint(content, routes, release);
        Previewed = previewed ?? new Dictionary<string, HeldBack>();
        NextPublication = nextPublication;
    }

    /// <summary>Pages served only because this is a preview, by address; always empty on the public site.</summary>
    public IReadOnlyDictionary<string, HeldBack> Previewed { get; }

    /// <summary>When the next scheduled page is due, if any.</summary>
    public DateTimeOffset? NextPublication { get; }

    public ContentSnapshot Content { get; }

    public RouteTable Routes { get; }

    private IReadOnlyDictionary<Type, object> _parts = FrozenDictionary<Type, object>.Empty;

    private readonly List<string> _partFailures = [];

    /// <summary>What a part could not build from this content (it serves the empty site's part instead); `check` reports each.</summary>
    public IReadOnlyList<string> PartFailures => _partFailures;

    /// <summary>While the parts are built: builds the part of a type when another part asks for it first.</summary>
    private Func<Type, object?>? _buildPart;

    /// <summary>A feature's part of this snapshot, built with it.</summary>
    public T Part<T>()
        where T : class =>
        (T)(_parts.GetValueOrDefault(typeof(T)) ?? _buildPart?.Invoke(typeof(T))
            ?? throw new InvalidOperationException($"No {typeof(T).Name} was built with this snapshot: register its {nameof(SnapshotPart<T>)} with the site's services."));

    /// <summary>
    /// This snapshot with every part built; called once, before the snapshot is swapped in. A part that reads
    /// another gets it built first, so the order parts are registered in does not matter.
    /// </summary>
    /// <param name="timed">Told how long each part took, for the debug log.</param>
    /// <param name="fallback">
    /// Where a part that throws on this content takes its part from (the empty site's), so one part's failure costs
    /// that part, never the reload: told to <paramref name="failed"/>, which reports it.
    /// </param>
    internal SiteSnapshot WithParts(IEnumerable<ISnapshotPart> parts, Action<ISnapshotPart, TimeSpan>? timed = null, SiteSnapshot? fallback = null, Action<ISnapshotPart, Exception>? failed = null)
    {
        var byType = parts.ToDictionary(p => p.PartType);
        var built = new Dictionary<Type, object>();
        _parts = built;
        _buildPart = type => byType.TryGetValue(type, out var part) ? Build(part) : null;
        foreach (var part in byType.Values)
        {
            Build(part);
        }

        _parts = built.ToFrozenDictionary();
        _buildPart = null;
        return this;

        object Build(ISnapshotPart part)
        {
            if (built.TryGetValue(part.PartType, out var done))
            {
                return done;
            }

            var start = Stopwatch.GetTimestamp();
            try
            {
                built[part.PartType] = part.Build(this);
            }
            catch (Exception e) when (fallback is not null)
            {
                built[part.PartType] = fallback._parts[part.PartType];
                _partFailures.Add($"the site could not build its {part.PartType.Name} from this content ({e.GetType().Name}: {e.Message}), so that part is served empty");
                failed?.Invoke(part, e);
            }

            timed?.Invoke(part, Stopwatch.GetElapsedTime(start));
            return built[part.PartType];
        }
    }

    /// <summary>
    /// Names this content: equal for equal content, whichever process built it or how often it reloaded (unlike
    /// <see cref="Version"/>). The offline copy stores one complete version under it and checks every page it
    /// stores carries it, so a reader offline never sees pages from two versions.
    /// </summary>
    public string ContentFingerprint { get; }

    /// <summary>The fingerprint of the build, its static files and settings that serve this content (<see cref="Site.Release"/>).</summary>
    public string Release { get; }

    private static string Fingerprint(ContentSnapshot content, RouteTable routes, string release)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // The release too: a new build, stylesheet, notice or address shows the same content in other bytes.
        hash.AppendData(Encoding.UTF8.GetBytes(release + "\u0000"));
        hash.AppendData(Encoding.UTF8.GetBytes(string.Join('\u0000', routes.All.Select(r => r.Path))));
        foreach (var document in content.Documents)
        {
            hash.AppendData(DigestOf(document));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    /// <summary>
    /// Each document's part of the fingerprint, kept with the document: a save keeps every unchanged document (the
    /// very same object), so a reload hashes one page, not every page's HTML again (40 ms a reload at 3,000 pages).
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ContentDocument, byte[]> DocumentDigests = [];

    /// <summary>A SHA-256 of what a document shows (address, HTML, notes, front matter), computed once per document.</summary>
    public static byte[] DigestOf(ContentDocument document) => DocumentDigests.GetValue(document, Digest);

    private static byte[] Digest(ContentDocument document)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string? text) => hash.AppendData(Encoding.UTF8.GetBytes((text ?? "") + "\u0000"));
        Add(document.Url);
        Add(document.Html);
        Add(document.AllNotes);
        Add(JsonSerializer.Serialize(document.Meta, FrontMatterJson.Default.FrontMatter));
        return hash.GetHashAndReset();
    }

    /// <summary>Front matter as JSON for the fingerprint, written by generated code rather than reflection, which cost
    /// the first page of a cold start about a tenth of a second.</summary>
    [System.Text.Json.Serialization.JsonSerializable(typeof(FrontMatter))]
    private sealed partial class FrontMatterJson : System.Text.Json.Serialization.JsonSerializerContext;

    /// <summary>Increases with every reload.</summary>
    public long Version => Content.Version;
}
