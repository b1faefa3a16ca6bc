namespace InformingFutures.Web.Site;

/// <summary>Where the site is published. The only source of absolute addresses: a request's Host header never is.</summary>
public sealed class SiteOptions
{
    public const string SectionName = "Site";

    /// <summary>
    /// The address readers use, such as <c>https://toolkit.example.org</c> (environment <c>Site__PublicUrl</c>), like
    /// MkDocs' <c>site_url</c> or Hugo's <c>baseURL</c>. It goes into <c>og:url</c>, citations, print footers,
    /// <c>sitemap.xml</c> and the export's default <c>--base-url</c>. Without it the site still serves, leaving out
    /// what needs an absolute address, so a newcomer's first <c>docker run</c> works.
    /// </summary>
    public string? PublicUrl { get; set; }

    /// <summary>The origin without a trailing slash, or null when the setting is blank.</summary>
    public string? Origin => string.IsNullOrWhiteSpace(PublicUrl) ? null : PublicUrl.Trim().TrimEnd('/');

    /// <summary>The absolute address of a site path, or null when no public address is configured.</summary>
    public string? AbsoluteUrl(string path) => Origin is { } origin ? origin + path : null;

    /// <summary>Null when valid; otherwise what is wrong, naming the setting.</summary>
    public string? Problem()
    {
        if (Origin is not { } origin)
        {
            return null;
        }

        // Nothing may follow the host and port, not even a path that Uri would tidy away ("/%2e%2e" reads as "/").
        return Uri.TryCreate(origin, UriKind.Absolute, out var uri)
               && uri.Scheme is "http" or "https"
               && uri.UserInfo.Length == 0
               && string.Equals(origin, uri.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase)
            ? null
            : $"Site:PublicUrl '{PublicUrl}' must be an absolute http or https address of the site's root, such as https://toolkit.example.org (no path, query or fragment).";
    }
}
