using System.Security.Cryptography;
using System.Text;
using InformingFutures.Web.Content;
using InformingFutures.Web.Site;

namespace InformingFutures.Web.Pdf;

/// <summary>
/// Names what a page's PDF was printed from: the release (the build, its stylesheets, the notice and public address it
/// prints: <see cref="Release"/>), and every document
/// of the page's section (a handout and a deck show the whole section; a page names its section and neighbours). A
/// PDF whose digest differs from its page's now is stale, and the site neither links nor serves it: a live edit,
/// a scheduled page coming due or another content folder mounted takes its section's links away until the
/// <c>pdf</c> command runs again, and the other sections keep theirs.
/// </summary>
/// <remarks>One per snapshot: each section's documents are hashed once, however many of its pages have a PDF.</remarks>
public sealed class PdfDigest(SiteSnapshot snapshot)
{
    private readonly Lazy<ILookup<string, ContentDocument>> _sections = new(() => snapshot.Content.Documents.ToLookup(d => d.Section, StringComparer.Ordinal));

    private readonly Dictionary<string, byte[]> _sectionDigests = new(StringComparer.Ordinal);

    public string Of(SiteRoute page)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(string.Join('\u0000', snapshot.Release, page.Path, page.Kind)));
        hash.AppendData(SectionDigest(page.Document?.Section ?? ""));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private byte[] SectionDigest(string section)
    {
        lock (_sectionDigests)
        {
            if (!_sectionDigests.TryGetValue(section, out var digest))
            {
                using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                foreach (var document in _sections.Value[section].OrderBy(d => d.Url, StringComparer.Ordinal))
                {
                    hash.AppendData(SiteSnapshot.DigestOf(document));
                }

                _sectionDigests[section] = digest = hash.GetHashAndReset();
            }

            return digest;
        }
    }
}
