using System.Text.Json;
using System.Text.Json.Serialization;

namespace InformingFutures.Web.Pdf;

/// <summary>One PDF the <c>pdf</c> command made: which page, from which content (its digest), and what the link says of it.</summary>
/// <param name="Page">The page's address, such as /reflective-practice/team.</param>
/// <param name="File">The PDF's path inside the folder, with forward slashes.</param>
/// <param name="Digest">The page's <see cref="PdfDigest"/> when it was printed: the site links the file only while it still matches.</param>
public sealed record PdfManifestEntry(string Page, string File, int Pages, long Bytes, string Digest);

/// <summary>
/// The list of PDFs in the folder (<c>manifest.json</c>), written last by the <c>pdf</c> command so the site never reads
/// a half-made set; read by the site at every reload.
/// </summary>
public sealed record PdfManifest(IReadOnlyList<PdfManifestEntry> Files)
{
    public const string FileName = "manifest.json";

    public static PdfManifest Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        try
        {
            var read = File.Exists(path) ? JsonSerializer.Deserialize(File.ReadAllBytes(path), PdfManifestJson.Default.PdfManifest) : null;
            // Valid JSON is not yet a manifest the site can vouch for: entries missing a field are left out.
            return new PdfManifest([.. (read?.Files ?? []).Where(e => e is { Page: not null, File: not null, Digest: not null })]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return Empty; // a missing or damaged manifest means no PDF is known to be current: no links
        }
    }

    public void Write(string folder)
    {
        // Written beside, then moved over: a reload never reads half a manifest.
        var path = Path.Combine(folder, FileName);
        File.WriteAllBytes(path + ".new", JsonSerializer.SerializeToUtf8Bytes(this, PdfManifestJson.Default.PdfManifest));
        File.Move(path + ".new", path, overwrite: true);
    }

    public static PdfManifest Empty { get; } = new([]);
}

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(PdfManifest))]
internal sealed partial class PdfManifestJson : JsonSerializerContext;
