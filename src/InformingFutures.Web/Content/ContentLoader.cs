using System.Security.Cryptography;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace InformingFutures.Web.Content;

/// <summary>
/// Reads every <c>*.md</c> file under the content root into a new <see cref="ContentSnapshot"/>, applying every
/// content rule that needs only the files; links are checked against the routes by the site builder. A file whose
/// bytes are unchanged since the last load is not parsed again: a save re-reads one file, not the whole toolkit.
/// </summary>
public sealed class ContentLoader(ContentFileParser parser, IOptions<ContentOptions> options)
{
    private const int MaxProblemsPerFile = 20;

    /// <summary>
    /// Each file's last parse by path, with the hash of the bytes it was made from. Replaced whole on every load, so
    /// it holds only files that still exist; a parse that timed out is kept too, so it is not retried until the
    /// file changes.
    /// </summary>
    private volatile IReadOnlyDictionary<string, (byte[] Hash, ContentParseResult Parsed)> _parsed =
        new Dictionary<string, (byte[], ContentParseResult)>(StringComparer.Ordinal);

    private readonly int _maxFileBytes = options.Value.MaxFileBytes;
    private readonly TimeSpan _readTimeout = TimeSpan.FromMilliseconds(options.Value.ReadTimeoutMilliseconds);

    /// <param name="previous">The snapshot being replaced: a page whose new version is broken keeps its last good one.</param>
    public ContentSnapshot Load(IFileProvider files, ContentSnapshot previous)
    {
        // A folder that is gone (unmounted, or replaced mid-checkout) is not an editor deleting every page:
        // fail the reload, so the site keeps what it had.
        if (!files.GetDirectoryContents("").Exists)
        {
            throw new DirectoryNotFoundException("the content folder is missing or cannot be read");
        }

        var documents = new Dictionary<string, ContentDocument>(StringComparer.Ordinal);
        var problems = new List<ContentProblem>();

        var found = ContentPaths.MarkdownFiles(files, "", problems).ToList();
        var results = ReadAndParseAll(found);
        var previousBySource = previous.Documents.ToDictionary(d => d.SourcePath, StringComparer.Ordinal);
        var candidates = new List<(string Path, ContentDocument Document)>();
        foreach (var (path, _) in found)
        {
            var result = results[path].Parsed;
            problems.AddRange(AtMostSome(result.Problems));
            if ((result.Document ?? previousBySource.GetValueOrDefault(path)) is { } document)
            {
                candidates.Add((path, document));
            }
        }

        // Two files for one address: the one already published keeps it, so a newly added file cannot take over a page.
        foreach (var claim in candidates.GroupBy(c => c.Document.Url))
        {
            var owner = claim.FirstOrDefault(c => previous.Find(c.Document.Section, c.Document.Slug)?.SourcePath == c.Path);
            owner = owner.Document is null ? claim.First() : owner;
            documents[claim.Key] = owner.Document;

            problems.AddRange(claim.Where(c => c.Path != owner.Path)
                .Select(c => new ContentProblem(c.Path, 1, $"{claim.Key} is already published from {owner.Path}")));
        }

        // Every file's links as it is now, published or not, so an editor mends all of a file's mistakes in one round.
        var links = found.SelectMany(f => results[f.Path].Parsed.InternalLinks.Select(l => (ContentPaths.UrlOf(f.Path)!, f.Path, l)));
        return new ContentSnapshot(documents.Values, problems, previous.Version + 1, [.. links]);
    }

    /// <summary>
    /// The first problems of a file and a count of the rest: a file of ten thousand bad headings is one mistake
    /// repeated, and listing each would flood the log and /healthz.
    /// </summary>
    private static IEnumerable<ContentProblem> AtMostSome(IReadOnlyList<ContentProblem> problems)
    {
        if (problems.Count <= MaxProblemsPerFile)
        {
            return problems;
        }

        var rest = problems.Skip(MaxProblemsPerFile).ToList();
        var first = problems[MaxProblemsPerFile];
        var summary = new ContentProblem(first.Path, first.Line, $"and {rest.Count:N0} more problems in this file, not listed; fix those above first", first.Column,
            rest.Any(p => p.IsError) ? ProblemSeverity.Error : ProblemSeverity.Warning, LeavesFileOut: false);
        return [.. problems.Take(MaxProblemsPerFile), summary];
    }

    /// <summary>
    /// Every file read and hashed; those whose bytes changed (or are new) parsed, as many at once as the machine has
    /// cores. Unchanged files keep their last result, so their documents are the very same objects.
    /// </summary>
    private IReadOnlyDictionary<string, (byte[] Hash, ContentParseResult Parsed)> ReadAndParseAll(IReadOnlyList<(string Path, IFileInfo File)> found)
    {
        var before = _parsed;
        var results = new (byte[] Hash, ContentParseResult Parsed)[found.Count];
        ParseWorkers.Run(found.Count, i => results[i] = ReadAndParse(found[i].Path, found[i].File, before));
        var parsed = new Dictionary<string, (byte[] Hash, ContentParseResult Parsed)>(found.Count, StringComparer.Ordinal);
        for (var i = 0; i < found.Count; i++)
        {
            parsed[found[i].Path] = results[i];
        }

        _parsed = parsed;
        return parsed;
    }

    private (byte[] Hash, ContentParseResult Parsed) ReadAndParse(string path, IFileInfo file, IReadOnlyDictionary<string, (byte[] Hash, ContentParseResult Parsed)> before)
    {
        try
        {
            var (bytes, unreadable) = Read(file);
            if (unreadable is not null)
            {
                return ([], Refused(path, "the file could not be read: " + unreadable));
            }

            if (bytes.Length > _maxFileBytes)
            {
                return ([], Refused(path, $"the file is {Math.Max(file.Length, bytes.Length):N0} bytes; the limit is {_maxFileBytes:N0} (Content:MaxFileBytes)"));
            }

            var hash = SHA256.HashData(bytes);
            return before.TryGetValue(path, out var last) && last.Hash.AsSpan().SequenceEqual(hash)
                ? last
                : (hash, ParseWithinTimeLimit(path, bytes));
        }
        catch (Exception e)
        {
            // Work on a thread of its own must not throw (that ends the process); the parser never does, but a file must not find out.
            return ([], Refused(path, $"the file could not be read: {e.GetType().Name}: {e.Message}"));
        }
    }

    /// <summary>The file's bytes, at most one over the limit (it may grow between listing and reading), or why it cannot be read.</summary>
    private (byte[] Bytes, string? Problem) Read(IFileInfo file)
    {
        // A pipe, socket or device named *.md has no length, and opening a pipe waits for a writer, for ever: a file
        // with no bytes is never opened. (.NET cannot tell a pipe from an empty file; an empty page is a mistake too.)
        if (file.Length == 0)
        {
            return ([], "it is empty, or not a regular file (a pipe or a device); save the page as an ordinary Markdown file");
        }

        try
        {
            // Read into a pooled buffer, one byte over the limit: a fresh 256 KiB per file made a reload of
            // 3,000 files allocate 750 MB.
            using var stream = file.CreateReadStream();
            var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(_maxFileBytes + 1);
            try
            {
                return (buffer[..stream.ReadAtLeast(buffer.AsSpan(0, _maxFileBytes + 1), _maxFileBytes + 1, throwOnEndOfStream: false)], null);
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ([], e.Message);
        }
    }

    /// <summary>
    /// Parses with a deadline of <see cref="ContentOptions.ReadTimeoutMilliseconds"/>: the parser refuses every slow
    /// shape it knows of, and this is the backstop for one it does not. The parser itself stops at the deadline (see
    /// <see cref="ParseDeadline"/>), so a file can never hold up a reload and no parse is left running after it.
    /// </summary>
    private ContentParseResult ParseWithinTimeLimit(string path, byte[] bytes)
    {
        try
        {
            using (ParseDeadline.Start(_readTimeout))
            {
                return parser.Parse(path, bytes);
            }
        }
        catch (ParseDeadlineException)
        {
            return Refused(path, $"reading the file took longer than {_readTimeout.TotalSeconds:0.###} s, so it was left off the site; split the page or simplify its Markdown (Content:ReadTimeoutMilliseconds)");
        }
    }

    private static ContentParseResult Refused(string path, string message) => new(null, [new ContentProblem(path, 1, message)], []);
}
