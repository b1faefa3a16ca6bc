using Microsoft.Extensions.FileProviders;
using System.Text.RegularExpressions;

namespace InformingFutures.Web.Content;

/// <summary>Maps content file paths to site URLs. URLs are only ever looked up, never turned into paths.</summary>
public static partial class ContentPaths
{
    /// <summary>Lower-case words joined by single hyphens: the only shape a section or slug may take.</summary>
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    public static partial Regex SlugPattern();

    /// <summary>Page names the site uses for views of a section or page, so no content file may take them.</summary>
    public static readonly IReadOnlySet<string> ReservedSlugs = new HashSet<string>(StringComparer.Ordinal) { "handout", "present" };

    public static string UrlFor(string section, string slug) =>
        section.Length == 0 ? "/" : slug.Length == 0 ? $"/{section}" : $"/{section}/{slug}";

    /// <summary>The address a file would be published at, or null when its path cannot be published.</summary>
    public static string? UrlOf(string relativePath) =>
        TryParse(relativePath, out var section, out var slug, out _) ? UrlFor(section, slug) : null;

    /// <summary>
    /// Works out the section and slug of a file from its path relative to the content root
    /// (forward slashes), or explains why the path cannot be published.
    /// </summary>
    public static bool TryParse(string relativePath, out string section, out string slug, out string? problem)
    {
        section = slug = "";
        problem = null;
        var parts = relativePath.Split('/');
        var name = Path.GetFileNameWithoutExtension(parts[^1]);
        if (parts.Length > 2)
        {
            problem = "content files may sit at most one folder deep (content/<section>/<page>.md)";
            return false;
        }

        if (parts.Length == 2)
        {
            section = parts[0];
            if (!SlugPattern().IsMatch(section))
            {
                problem = $"folder name '{section}' must be lower-case letters, digits and single hyphens";
                return false;
            }
        }

        if (name == "index")
        {
            return true;
        }

        if (parts.Length == 1)
        {
            problem = "only index.md may sit at the top of the content folder; put pages in a section folder";
            return false;
        }

        if (!SlugPattern().IsMatch(name))
        {
            problem = $"file name '{name}.md' must be lower-case letters, digits and single hyphens";
            return false;
        }

        if (ReservedSlugs.Contains(name))
        {
            problem = $"'{name}' is the name of a view the site adds to every section; choose another file name";
            return false;
        }

        slug = name;
        return true;
    }

    /// <summary>Every Markdown file, in a stable order. Symbolic links are reported and skipped, so nothing outside the root is read.</summary>
    public static IEnumerable<(string Path, IFileInfo File)> MarkdownFiles(IFileProvider files, string folder, List<ContentProblem> problems)
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
