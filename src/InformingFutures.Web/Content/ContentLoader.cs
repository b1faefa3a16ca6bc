using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace InformingFutures.Web.Content;

/// <summary>Reads every <c>*.md</c> file under the content root into a new <see cref="ContentSnapshot"/>.</summary>
public sealed class ContentLoader(ContentFileParser parser, IOptions<ContentOptions> options, ILogger<ContentLoader> logger)
{
    private readonly int _maxFileBytes = options.Value.MaxFileBytes;

    /// <param name="previous">The snapshot being replaced: a page whose new version is broken keeps its last good one.</param>
    public ContentSnapshot Load(IFileProvider files, ContentSnapshot previous)
    {
        var documents = new Dictionary<string, ContentDocument>(StringComparer.Ordinal);
        var problems = new List<ContentProblem>();

        foreach (var (path, file) in MarkdownFiles(files, ""))
        {
            var result = ReadAndParse(path, file);
            foreach (var (line, url) in result.UnsafeLinks)
            {
                logger.LogWarning("Content file {ContentFile}:{Line}: link to {Url} made inert (only http, https, mailto and relative links are allowed)", path, line, url);
            }

            foreach (var problem in result.Problems)
            {
                problems.Add(problem);
                logger.LogError("Content file {ContentFile}:{Line}: {Problem}; the file is left off the site", problem.Path, problem.Line, problem.Message);
            }

            var document = result.Document ?? previous.Documents.FirstOrDefault(d => d.SourcePath == path);
            if (document is null)
            {
                continue;
            }

            if (documents.TryGetValue(document.Url, out var first))
            {
                var duplicate = new ContentProblem(path, 1, $"{document.Url} is already published from {first.SourcePath}");
                problems.Add(duplicate);
                logger.LogError("Content file {ContentFile}:{Line}: {Problem}; the file is left off the site", duplicate.Path, duplicate.Line, duplicate.Message);
                continue;
            }

            documents[document.Url] = document;
        }

        return new ContentSnapshot(documents.Values, problems, previous.Version + 1);
    }

    private ContentParseResult ReadAndParse(string path, IFileInfo file)
    {
        if (file.Length > _maxFileBytes)
        {
            return new ContentParseResult(null, [new ContentProblem(path, 1, $"the file is {file.Length:N0} bytes; the limit is {_maxFileBytes:N0}")], []);
        }

        try
        {
            using var stream = file.CreateReadStream();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return parser.Parse(path, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        }
        catch (IOException e)
        {
            return new ContentParseResult(null, [new ContentProblem(path, 1, "the file could not be read: " + e.Message)], []);
        }
    }

    /// <summary>Every Markdown file, in a stable order, skipping symbolic links so nothing outside the root is read.</summary>
    private static IEnumerable<(string Path, IFileInfo File)> MarkdownFiles(IFileProvider files, string folder)
    {
        foreach (var entry in files.GetDirectoryContents(folder).OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            var path = folder.Length == 0 ? entry.Name : $"{folder}/{entry.Name}";
            if (IsSymbolicLink(entry))
            {
                continue;
            }

            if (entry.IsDirectory)
            {
                foreach (var nested in MarkdownFiles(files, path))
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
