using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using InformingFutures.Web.Content;
using InformingFutures.Web.Search;

namespace InformingFutures.Web.Site;

/// <summary>
/// Everything the site derives from one load of the content: the documents, the addresses it serves, the search
/// catalogue and each page's ETag. Built whole before it is swapped in, never changed after, and read once per
/// request, so no response mixes two versions of the content.
/// </summary>
public sealed class SiteSnapshot
{
    private static readonly string Build = Assembly.GetExecutingAssembly().ManifestModule.ModuleVersionId.ToString("N")[..8];

    private readonly FrozenDictionary<string, string> _etags;

    public SiteSnapshot(ContentSnapshot content, RouteTable routes)
    {
        Content = content;
        Routes = routes;
        Search = SearchCatalogue.Build(content);
        _etags = ComputeETags(content, routes);
    }

    public static SiteSnapshot Empty { get; } = new(ContentSnapshot.Empty, RouteTable.For(ContentSnapshot.Empty, withSitemap: false));

    public ContentSnapshot Content { get; }

    public RouteTable Routes { get; }

    public SearchCatalogue Search { get; }

    /// <summary>Increases with every reload.</summary>
    public long Version => Content.Version;

    /// <summary>The strong validator of a page, or null for addresses that are not pages of this snapshot.</summary>
    public string? ETagFor(string path) => _etags.GetValueOrDefault(path);

    /// <summary>
    /// A page shows its own section (previous/next, the comparison) and the site's navigation; a page outside any
    /// section (about, search) may show anything. Its ETag covers exactly that, plus the build, so a release or an
    /// edit elsewhere in the same resource changes it and an edit to another resource does not.
    /// </summary>
    private static FrozenDictionary<string, string> ComputeETags(ContentSnapshot content, RouteTable routes)
    {
        var navigation = Fingerprint(routes.Sections.Select(s => s.Path + "\n" + s.Document?.Title).Append(content.Home?.Summary ?? ""));
        var whole = Fingerprint(content.Documents.Select(Describe));
        var bySection = content.Documents.GroupBy(d => d.Section)
            .ToDictionary(g => g.Key, g => Fingerprint(g.Select(Describe)), StringComparer.Ordinal);

        return routes.All
            .Where(r => r.IsHtmlPage)
            .ToFrozenDictionary(r => r.Path, r =>
            {
                var scope = r.Document is { IsHome: false } d ? bySection[d.Section] : whole;
                return $"\"{Build}-{Fingerprint([r.Path, navigation, scope])}\"";
            }, StringComparer.Ordinal);
    }

    private static string Describe(ContentDocument d) => d.Url + "\n" + d.Meta + "\n" + d.Html;

    private static string Fingerprint(IEnumerable<string> parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u0001', parts))))[..16];
}
