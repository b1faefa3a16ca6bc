using System.Text.RegularExpressions;

namespace InformingFutures.Web.Tests.Source;

/// <summary>The README and docs/ are the project's front door: every link between them, and to files of the repository, leads somewhere.</summary>
public sealed partial class DocumentationLinksTests
{
    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex MarkdownLink();

    public static TheoryData<string> Documents()
    {
        var root = TestPaths.RepoRoot;
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories).Append(Path.Combine(root, "README.md")))
        {
            data.Add(Path.GetRelativePath(root, file).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void EveryRelativeLinkLeadsToAFileOfTheRepository(string document)
    {
        var path = Path.Combine(TestPaths.RepoRoot, document);
        var broken = MarkdownLink().Matches(File.ReadAllText(path))
            .Select(m => m.Groups[1].Value)
            .Where(link => !link.Contains("://", StringComparison.Ordinal) && !link.StartsWith('#') && !link.StartsWith("mailto:", StringComparison.Ordinal))
            .Where(link => !Exists(Path.Combine(Path.GetDirectoryName(path)!, link.Split('#')[0])))
            .ToList();

        Assert.True(broken.Count == 0, $"{document}: {string.Join(", ", broken)}");
    }

    private static bool Exists(string path) => File.Exists(path) || Directory.Exists(path);
}
