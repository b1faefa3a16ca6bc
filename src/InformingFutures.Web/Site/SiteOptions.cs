using System.Text.RegularExpressions;

namespace InformingFutures.Web.Site;

/// <summary>Where the site is published. The only source of absolute addresses: a request's Host header never is.</summary>
public sealed partial class SiteOptions
{
    public const string SectionName = "Site";

    /// <summary>What an address must look like, for every message that refuses one.</summary>
    public const string AddressRule = "an http or https address with no query or fragment, such as https://toolkit.example.org or https://charity.github.io/informing-futures";

    /// <summary>
    /// The address readers use, such as <c>https://toolkit.example.org</c>, or a GitHub Pages project site's
    /// <c>https://charity.github.io/informing-futures</c> (environment <c>Site__PublicUrl</c>), like MkDocs'
    /// <c>site_url</c> or Hugo's <c>baseURL</c>. It goes into <c>og:url</c>, citations, print footers, QR codes,
    /// <c>sitemap.xml</c> and the export's default <c>--base-url</c>. Without it the site still serves, leaving out
    /// what needs an absolute address, so a newcomer's first <c>docker run</c> works.
    /// </summary>
    public string? PublicUrl { get; set; }

    /// <summary>The address without a trailing slash (a path included), or null when the setting is blank.</summary>
    public string? BaseUrl => string.IsNullOrWhiteSpace(PublicUrl) ? null : PublicUrl.Trim().TrimEnd('/');

    /// <summary>The absolute address of a site path, or null when no public address is configured.</summary>
    public string? AbsoluteUrl(string path) => BaseUrl is { } baseUrl ? baseUrl + path : null;

    /// <summary>Null when valid; otherwise one line naming the setting, what is wrong and an example.</summary>
    public string? Problem() => Problem(PublicUrl, "Site:PublicUrl");

    /// <summary>Null when <paramref name="address"/> is blank or a valid public address; otherwise what is wrong with it.</summary>
    public static string? Problem(string? address, string settingName)
    {
        var trimmed = address?.Trim().TrimEnd('/');
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        // Nothing Uri would tidy away ("/%2e%2e" reads as "/"), no query, fragment or user name, and plain path segments.
        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
               && uri.Scheme is "http" or "https"
               && uri.UserInfo.Length == 0
               && string.Equals(trimmed, uri.GetLeftPart(UriPartial.Path).TrimEnd('/'), StringComparison.OrdinalIgnoreCase)
               && PlainPath().IsMatch(uri.AbsolutePath)
            ? null
            : $"{settingName} '{address}' must be {AddressRule}.";
    }

    [GeneratedRegex("^(/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)*/?$")]
    private static partial Regex PlainPath();
}
