using System.IO.Compression;
using System.Text;
using InformingFutures.Web.Search;

namespace InformingFutures.Web.Hosting.FinishedPages;

/// <summary>
/// A query's answer made from the search page's shell (<see cref="SearchPageShell"/>): no page is rendered per
/// query and nothing per query is kept, so made-up queries cost little and fill no memory.
/// </summary>
internal static class SearchAnswers
{
    /// <summary>The shell is kept under this key, uncompressed; each answer is compressed as it is sent.</summary>
    public const string ShellKey = "/search (shell)";

    public static FinishedResponse Answer(FinishedResponse shell, SearchResults results, string encoding)
    {
        var html = SearchPageShell.Answer(Encoding.UTF8.GetString(shell.Body), results);
        var body = Encoding.UTF8.GetBytes(html);
        return encoding switch
        {
            "br" => shell.WithBody(Brotli(body), "br"),
            "gzip" => shell.WithBody(Gzip(body), "gzip"),
            _ => shell.WithBody(body, contentEncoding: null),
        };
    }

    // Fast settings: each answer is compressed once, for one reader, unlike pages, which are compressed once for all.
    private static byte[] Brotli(byte[] body)
    {
        var compressed = new byte[BrotliEncoder.GetMaxCompressedLength(body.Length)];
        return BrotliEncoder.TryCompress(body, compressed, out var written, quality: 4, window: 22)
            ? compressed[..written]
            : throw new InvalidOperationException("Brotli could not compress a search answer.");
    }

    private static byte[] Gzip(byte[] body)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest))
        {
            gzip.Write(body);
        }

        return compressed.ToArray();
    }
}
