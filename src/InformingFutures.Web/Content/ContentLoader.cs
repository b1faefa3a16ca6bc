using System.Collections.Concurrent;
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
        var links = new List<(ContentDocument From, InternalLink Link)>();

        var found = MarkdownFiles(files, "", problems).ToList();
        var results = ReadAndParseAll(found);
        var previousBySource = previous.Documents.ToDictionary(d => d.SourcePath, StringComparer.Ordinal);
        var candidates = new List<(string Path, ContentDocument Document, ContentParseResult Parsed)>();
        foreach (var (path, _) in found)
        {
            var result = results[path].Parsed;
            problems.AddRange(AtMostSome(result.Problems));
            if ((result.Document ?? previousBySource.GetValueOrDefault(path)) is { } document)
            {
                candidates.Add((path, document, result));
            }
        }

        // Two files for one address: the one already published keeps it, so a newly added file cannot take over a page.
        foreach (var claim in candidates.GroupBy(c => c.Document.Url))
        {
            var owner = claim.FirstOrDefault(c => previous.Find(c.Document.Section, c.Document.Slug)?.SourcePath == c.Path);
            owner = owner.Document is null ? claim.First() : owner;
            documents[claim.Key] = owner.Document;
            // A page kept at its last good version keeps that version's links.
            links.AddRange(owner.Parsed.Document is not null
                ? owner.Parsed.InternalLinks.Select(l => (owner.Document, l))
                : previous.Links.Where(l => ReferenceEquals(l.From, owner.Document)));

            problems.AddRange(claim.Where(c => c.Path != owner.Path)
                .Select(c => new ContentProblem(c.Path, 1, $"{claim.Key} is already published from {owner.Path}")));
        }

        return new ContentSnapshot(documents.Values, problems, previous.Version + 1, links);
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
    /// Every file read and hashed; those whose bytes changed (or are new) parsed, two or more at once as the machine
    /// has cores. Unchanged files keep their last result, so their documents are the very same objects.
    /// </summary>
    private IReadOnlyDictionary<string, (byte[] Hash, ContentParseResult Parsed)> ReadAndParseAll(IReadOnlyList<(string Path, IFileInfo File)> found)
    {
        var before = _parsed;
        var after = new ConcurrentDictionary<string, (byte[] Hash, ContentParseResult Parsed)>(StringComparer.Ordinal);
        Parallel.ForEach(found, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(2, Environment.ProcessorCount) }, entry =>
        {
            var (path, file) = entry;
            var (bytes, unreadable) = Read(file);
            if (unreadable is not null)
            {
                after[path] = ([], Refused(path, "the file could not be read: " + unreadable));
                return;
            }

            if (bytes.Length > _maxFileBytes)
            {
                after[path] = ([], Refused(path, $"the file is {Math.Max(file.Length, bytes.Length):N0} bytes; the limit is {_maxFileBytes:N0} (Content:MaxFileBytes)"));
                return;
            }

            var hash = SHA256.HashData(bytes);
            after[path] = before.TryGetValue(path, out var last) && last.Hash.AsSpan().SequenceEqual(hash)
                ? last
                : (hash, ParseWithinTimeLimit(path, bytes));
        });
        var parsed = after.ToDictionary(StringComparer.Ordinal);
        _parsed = parsed;
        return parsed;
    }

    /// <summary>The file's bytes, at most one over the limit (it may grow between listing and reading), or why it cannot be read.</summary>
    private (byte[] Bytes, string? Problem) Read(IFileInfo file)
    {
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
    /// Parses on a thread of its own and stops waiting after <see cref="ContentOptions.ReadTimeoutMilliseconds"/>: the
    /// parser refuses every slow shape it knows of, and this is the backstop for one it does not, so a file can
    /// never hold up a reload. A parse given up on finishes in the background and is thrown away.
    /// </summary>
    private ContentParseResult ParseWithinTimeLimit(string path, byte[] bytes)
    {
        ContentParseResult? result = null;
        var worker = new Thread(
            () =>
            {
                try
                {
                    result = parser.Parse(path, bytes);
                }
                catch (Exception e)
                {
                    // An exception escaping a thread ends the process; the parser never throws, but a file must not find out.
                    result = Refused(path, $"the file could not be read: {e.GetType().Name}: {e.Message}");
                }
            },
            maxStackSize: 16 * 1024 * 1024)
        {
            IsBackground = true,
            Name = "Content parse " + path,
        };
        worker.Start();
        return worker.Join(_readTimeout) && result is { } parsed
            ? parsed
            : Refused(path, $"reading the file took longer than {_readTimeout.TotalSeconds:0.###} s, so it was left off the site; split the page or simplify its Markdown (Content:ReadTimeoutMilliseconds)");
    }

    private static ContentParseResult Refused(string path, string message) => new(null, [new ContentProblem(path, 1, message)], []);

    /// <summary>Every Markdown file, in a stable order. Symbolic links are reported and skipped, so nothing outside the root is read.</summary>
    private static IEnumerable<(string Path, IFileInfo File)> MarkdownFiles(IFileProvider files, string folder, List<ContentProblem> problems)
    {
        // Case-insensitive name order, all-lower-case names first: "page.md" is the canonical spelling of "Page.MD".
        var entries = files.GetDirectoryContents(folder)
            .OrderBy(f => f.Name, StringComparer.OrdinalIgnoreCase)
            .ThenByDescending(f => f.Name, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var path = folder.Length == 0 ? entry.Name : $"{folder}/{entry.Name}";
            if (IsSymbolicLink(entry))
            {
                problems.Add(ContentProblem.Warning(path, 1, 1, "symbolic links are not followed: copy the file into the content folder instead"));
                continue;
            }

            if (entry.IsDirectory)
            {
                foreach (var nested in MarkdownFiles(files, path, problems))
                {
                    yield return nested;
                }
            }
            else if (entry.Name.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                yield return (path, entry);
            }
        }
    }

    private static bool IsSymbolicLink(IFileInfo entry) =>
        entry.PhysicalPath is { } physical &&
        (entry.IsDirectory ? new DirectoryInfo(physical).LinkTarget : new FileInfo(physical).LinkTarget) is not null;
}
