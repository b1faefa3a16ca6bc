using System.Security.Cryptography;
using System.Text;
using InformingFutures.Web.Attribution;
using InformingFutures.Web.Site;

namespace InformingFutures.Web.Pdf;

/// <summary>
/// Names what a page's PDF was printed from: the build, the notice and public address it prints, and every document
/// of the page's section (a handout and a deck show the whole section; a page names its section and neighbours). A
/// PDF whose digest differs from its page's now is stale, and the site neither links nor serves it: a live edit,
/// a scheduled page coming due or another content folder mounted takes its section's links away until the
/// <c>pdf</c> command runs again, and the other sections keep theirs.
/// </summary>
public static class PdfDigest
{
    public static string For(SiteSnapshot snapshot, SiteRoute page, AttributionOptions attribution, SiteOptions site)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var said = string.Join('\u0000', typeof(PdfDigest).Assembly.ManifestModule.ModuleVersionId, page.Path, page.Kind,
            attribution.SiteName, attribution.Organisation, attribution.CopyrightNotice, attribution.ShortNotice, attribution.WebsiteLabel,
            attribution.WebsiteUrl, attribution.FundingStatement, attribution.TermsOfUse, site.Origin);
        hash.AppendData(Encoding.UTF8.GetBytes(said));
        var section = page.Document?.Section;
        foreach (var document in snapshot.Content.Documents.Where(d => d.Section == section).OrderBy(d => d.Url, StringComparer.Ordinal))
        {
            hash.AppendData(SiteSnapshot.DigestOf(document));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
