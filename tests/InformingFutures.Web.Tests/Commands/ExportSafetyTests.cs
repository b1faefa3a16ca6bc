namespace InformingFutures.Web.Tests.Commands;

/// <summary>
/// The export writes only inside the folder it is given: links that climb above the site's root, symbolic links in
/// the folder and bad arguments cannot make it write anywhere else, and an earlier export is replaced whole.
/// </summary>
public sealed class ExportSafetyTests
{
    private const string ClimbingPage = """
        ---
        title: Climbing
        summary: Links that climb.
        ---

        A [root climb](/../../../search-index.js) and [a relative one](../../../../outside.html).

        ![An image that climbs](/../../../picture.png) and [an encoded one](/%2e%2e/%2e%2e/sitemap.xml).

        [A fine link](../sec) and [another](/about#terms).
        """;

    [Fact]
    public void LinksThatClimbAboveTheRootAreErrorsAtTheirLinesAndWriteNothingOutsideTheExport()
    {
        using var content = new TempContent("good");
        content.Write("sec/climbing.md", ClimbingPage.Replace("\r", "", StringComparison.Ordinal));
        using var sandbox = new TempContent("good");
        var outside = Path.Combine(sandbox.Root, "site");
        var folder = Path.Combine(outside, "a", "b", "out");
        Directory.CreateDirectory(Path.Combine(outside, "a", "b"));

        var (exitCode, output) = StaticExport.RunWithArguments(content.Root, folder);

        Assert.True(exitCode == 0, output);
        // Nothing but the export itself under the folders above it.
        Assert.Equal([folder], Directory.GetFileSystemEntries(Path.Combine(outside, "a", "b")));
        Assert.Equal([Path.Combine(outside, "a")], Directory.GetFileSystemEntries(outside));
        var page = File.ReadAllText(Path.Combine(folder, "sec", "climbing", "index.html"));
        Assert.DoesNotContain("..", new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page).QuerySelector("main")!.QuerySelectorAll("a, img")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? "").Where(u => u.Contains("search-index", StringComparison.Ordinal) || u.Contains("outside", StringComparison.Ordinal) || u.Contains("picture", StringComparison.Ordinal)));

        var problems = ContentFixtureProblems(content.Root).Where(p => p.Path == "sec/climbing.md" && p.Message.Contains("climbs above the site's root", StringComparison.Ordinal)).ToList();
        Assert.Equal([(6, 3), (6, 47), (8, 1), (8, 52)], problems.Select(p => (p.Line, p.Column)));
        Assert.All(problems, p => Assert.True(p.IsError));
    }

    [Theory]
    [InlineData(new string[0], "name the folder to write")]
    [InlineData(new[] { "{folder}", "--base-url" }, "--base-url needs")]
    [InlineData(new[] { "{folder}", "--base-url", "https://toolkit.example.org/%2e%2e" }, "--base-url 'https://toolkit.example.org/%2e%2e' must be")]
    [InlineData(new[] { "{folder}", "--base-url", "ftp://toolkit.example.org" }, "must be an http or https address")]
    [InlineData(new[] { "{folder}", "--gzip" }, "unknown option --gzip")]
    [InlineData(new[] { "{folder}", "{folder}2" }, "name one folder, not 2")]
    public void BadArgumentsExitWithTwoAndAOneLineMessageBeforeCreatingAnything(string[] arguments, string message)
    {
        using var sandbox = new TempContent("good");
        var folder = Path.Combine(sandbox.Root, "new-export");

        var (exitCode, output) = StaticExport.RunWithArguments(null, [.. arguments.Select(a => a.Replace("{folder}", folder, StringComparison.Ordinal))]);

        Assert.Equal(2, exitCode);
        var line = Assert.Single(MessageLines(output));
        Assert.Contains(message, line);
        Assert.False(Directory.Exists(folder));
        Assert.False(Directory.Exists(folder + "2"));
    }

    [Fact]
    public void AnOutputPathThatIsAFileOrAFolderOfOtherFilesIsRefused()
    {
        using var sandbox = new TempContent("good");
        var file = Path.Combine(sandbox.Root, "notes.txt");
        File.WriteAllText(file, "mine");
        var (fileExit, fileOutput) = StaticExport.RunWithArguments(null, file);
        Assert.Equal(2, fileExit);
        Assert.Contains("is a file", Assert.Single(MessageLines(fileOutput)));
        Assert.Equal("mine", File.ReadAllText(file));

        var (folderExit, folderOutput) = StaticExport.RunWithArguments(null, sandbox.Root);
        Assert.Equal(2, folderExit);
        Assert.Contains("already holds files that are not an earlier export", Assert.Single(MessageLines(folderOutput)));
        Assert.Equal("mine", File.ReadAllText(file));
    }

    [Fact]
    public void AnEarlierExportIsReplacedWholeAndASymbolicLinkInItIsNeverWrittenThrough()
    {
        using var sandbox = new TempContent("good");
        var folder = Path.Combine(sandbox.Root, "export");
        StaticExport.Run(folder);
        File.WriteAllText(Path.Combine(folder, "stale.html"), "an old page");

        StaticExport.Run(folder);
        Assert.False(File.Exists(Path.Combine(folder, "stale.html")));
        Assert.True(File.Exists(Path.Combine(folder, "reflective-practice", "team", "index.html")));

        // A link swapped in for a page's folder points elsewhere: the export refuses, and leaves both alone.
        var elsewhere = Path.Combine(sandbox.Root, "elsewhere");
        Directory.CreateDirectory(elsewhere);
        File.WriteAllText(Path.Combine(elsewhere, "index.html"), "not the export's");
        var team = Path.Combine(folder, "reflective-practice", "team");
        Directory.Delete(team, recursive: true);
        Directory.CreateSymbolicLink(team, elsewhere);

        var (exitCode, output) = StaticExport.RunWithArguments(null, folder);

        Assert.Equal(2, exitCode);
        Assert.Contains("symbolic link", Assert.Single(MessageLines(output)));
        Assert.Equal("not the export's", File.ReadAllText(Path.Combine(elsewhere, "index.html")));
        Assert.Equal(elsewhere, new DirectoryInfo(team).LinkTarget);
    }

    // `dotnet run` itself says which launch settings it used; the rest is the export's.
    private static string[] MessageLines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => !l.StartsWith("Using launch settings", StringComparison.Ordinal)).ToArray();

    private static IReadOnlyList<ContentProblem> ContentFixtureProblems(string root)
    {
        using var site = new TestSite(root);
        return site.Services.GetRequiredService<LiveSnapshot>().Current.Content.Problems;
    }
}
