using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace InformingFutures.Web.Content;

/// <summary>
/// Reads every <c>*.md</c> file under the content root into a new <see cref="ContentSnapshot"/>, applying every
/// content rule that needs only the files; links are checked against the routes by the site builder.
/// </summary>
public sealed class ContentLoader(ContentFileParser parser, IOptions<ContentOptions> options)
{
    private const int MaxProblemsPerFile = 20;

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

        var candidates = new List<(string Path, ContentDocument Document, ContentParseResult Parsed)>();
        foreach (var (path, file) in MarkdownFiles(files, "", problems))
        {
            var result = ReadAndParse(path, file);
            problems.AddRange(AtMostSome(result.Problems));
            if ((result.Document ?? previous.Documents.FirstOrDefault(d => d.SourcePath == path)) is { } document)
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

    private ContentParseResult ReadAndParse(string path, IFileInfo file)
    {
        byte[] bytes;
        try
        {
            // At most one byte over the limit: the file may grow between listing it and reading it.
            using var stream = file.CreateReadStream();
            bytes = new byte[_maxFileBytes + 1];
            bytes = bytes[..stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Refused(path, "the file could not be read: " + e.Message);
        }

        return bytes.Length > _maxFileBytes
            ? Refused(path, $"the file is {Math.Max(file.Length, bytes.Length):N0} bytes; the limit is {_maxFileBytes:N0} (Content:MaxFileBytes)")
            : ParseWithinTimeLimit(path, bytes);
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
