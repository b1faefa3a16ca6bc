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

    [Fact]
    public void TheReadmeStaysTheFrontDoorAndLinksEveryDoc()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "README.md"));

        Assert.True(readme.Length < 8 * 1024, $"README.md is {readme.Length} bytes");
        Assert.Contains("dotnet run --project src/InformingFutures.Web", readme);
        Assert.Contains("dotnet test", readme);
        Assert.Contains("http://localhost:5012", readme);
        foreach (var doc in Directory.GetFiles(Path.Combine(TestPaths.RepoRoot, "docs"), "*.md"))
        {
            Assert.Contains($"docs/{Path.GetFileName(doc)}", readme);
        }
    }

    private static bool Exists(string path) => File.Exists(path) || Directory.Exists(path);

    [Fact]
    public void TheArchitectureTreeNamesEveryFolderOfTheSiteAndNoFolderItDoesNotHave()
    {
        var src = Path.Combine(TestPaths.RepoRoot, "src", "InformingFutures.Web");
        var folders = Directory.GetDirectories(src).Select(Path.GetFileName).OfType<string>()
            .Where(name => name is not ("bin" or "obj" or "Properties"))
            .Where(name => Directory.EnumerateFiles(Path.Combine(src, name), "*", SearchOption.AllDirectories).Any()) // git keeps no empty folder
            .Order(StringComparer.Ordinal).ToList();
        var architecture = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "architecture.md"));
        var tree = architecture[architecture.IndexOf("src/InformingFutures.Web/", StringComparison.Ordinal)..architecture.IndexOf("tests/", StringComparison.Ordinal)];
        var drawn = Regex.Matches(tree, @"^  ([A-Za-z]+)/", RegexOptions.Multiline).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(folders, drawn);
    }
}
