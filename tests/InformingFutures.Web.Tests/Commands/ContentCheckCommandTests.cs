using System.Diagnostics;
using InformingFutures.Web.Commands;

namespace InformingFutures.Web.Tests.Commands;

public sealed class ContentCheckCommandTests
{
    private static readonly string[] ExpectedForCheckerFixture =
    [
        "sec/bad-yaml.md:4:1: error: front matter is not valid YAML: a '[' starts a list that is never closed with ']'. If the value of 'summary' holds a colon, a '#' or quotes, put the whole value in double quotes, e.g. summary: \"[unclosed\"",
        "sec/draft.md:1:1: note: draft: /sec/draft is not published (remove 'draft: true' to publish it)",
        "sec/index.md:8:6: error: link to '/sec/missing' goes to /sec/missing, which is not a page of this site",
        "sec/index.md:8:41: error: link to 'good' goes to /good, which is not a page of this site",
        "sec/index.md:10:1: warning: heading level skipped: a level-4 heading follows level 2",
        "sec/index.md:14:7: error: link to '/sec/draft' goes to /sec/draft, which is a draft and not published: publish it first, or remove the link",
        "sec/later.md:1:1: note: scheduled: /sec/later is published on 1 January 2999",
        "sec/mistyped.md:4:8: error: 'order' must be a whole number, such as 2",
        "sec/no-alt.md:6:12: warning: image has no alt text: describe it between the square brackets, ![like this](picture.png)",
        "sec/no-title.md:1:1: error: front matter needs a 'title'",
        "sec/twin.MD:1:1: error: /sec/twin is already published from sec/twin.md",
        "sec/unknown-field.md:4:1: warning: unknown front matter field 'colour' is ignored (known fields: title, summary, order, type, year, reviewed, nextReview, draft, publish, changes)",
        "sec/unsafe.md:6:8: error: unsafe link 'javascript:alert(1)' was made plain text: only http, https, mailto and relative links are allowed",
    ];

    [Fact]
    public void ReportsEachMistakeAsPathLineColumnSeverityAndMessageAndFails()
    {
        using var content = new TempContent("checker");
        content.Write("sec/twin.MD", "---\ntitle: Twin two\nsummary: Second twin.\n---\n\nTwo.\n"); // same URL as twin.md
        var root = content.Root;
        var output = new StringWriter();
        var summary = new StringWriter();

        var exit = Check(root, [root], output, summary);

        Assert.Equal(1, exit);
        Assert.Equal(ExpectedForCheckerFixture, Lines(output).Select(l => l.Replace(root + "/", "")));
        Assert.Equal("check: 7 pages, 8 errors, 3 warnings, 2 notes in " + root, summary.ToString().Trim());
    }

    [Fact]
    public void TheGitHubFormatGivesOneAnnotationPerProblemForThePullRequest()
    {
        using var content = new TempContent("checker");
        var output = new StringWriter();
        var summary = new StringWriter();

        var exit = Check(content.Root, ["--format", "github", content.Root], output, summary);

        Assert.Equal(1, exit);
        var root = content.Root.Replace(":", "%3A").Replace(",", "%2C") + "/";
        Assert.Equal(
        [
            "::error file=sec/bad-yaml.md,line=4,col=1::front matter is not valid YAML: a '[' starts a list that is never closed with ']'. If the value of 'summary' holds a colon, a '#' or quotes, put the whole value in double quotes, e.g. summary: \"[unclosed\"",
            "::notice file=sec/draft.md,line=1,col=1::draft: /sec/draft is not published (remove 'draft: true' to publish it)",
            "::error file=sec/index.md,line=8,col=6::link to '/sec/missing' goes to /sec/missing, which is not a page of this site",
            "::error file=sec/index.md,line=8,col=41::link to 'good' goes to /good, which is not a page of this site",
            "::warning file=sec/index.md,line=10,col=1::heading level skipped: a level-4 heading follows level 2",
            "::error file=sec/index.md,line=14,col=7::link to '/sec/draft' goes to /sec/draft, which is a draft and not published: publish it first, or remove the link",
            "::notice file=sec/later.md,line=1,col=1::scheduled: /sec/later is published on 1 January 2999",
            "::error file=sec/mistyped.md,line=4,col=8::'order' must be a whole number, such as 2",
            "::warning file=sec/no-alt.md,line=6,col=12::image has no alt text: describe it between the square brackets, ![like this](picture.png)",
            "::error file=sec/no-title.md,line=1,col=1::front matter needs a 'title'",
            "::warning file=sec/unknown-field.md,line=4,col=1::unknown front matter field 'colour' is ignored (known fields: title, summary, order, type, year, reviewed, nextReview, draft, publish, changes)",
            "::error file=sec/unsafe.md,line=6,col=8::unsafe link 'javascript:alert(1)' was made plain text: only http, https, mailto and relative links are allowed",
        ],
            Lines(output).Select(l => l.Replace(root, "")));
        Assert.Equal("check: 7 pages, 7 errors, 3 warnings, 2 notes in " + content.Root, summary.ToString().Trim());
    }

    [Theory]
    [InlineData("a,b:c.md", "line one\nline two 100%", "::error file=a%2Cb%3Ac.md,line=3,col=2::line one%0Aline two 100%25")]
    public void AnnotationsEscapeWhatWouldEndThemEarly(string path, string message, string expected)
    {
        var problem = new ContentProblem(path, 3, message.Replace("\\n", "\n"), 2);

        Assert.Equal(expected, GitHubAnnotations.Format(problem));
    }

    [Fact]
    public void AFileNameWithALineBreakCannotStartALineOfItsOwn()
    {
        using var content = new TempContent("good");
        content.Write("alpha/x\n::error file=forged.md", "---\ntitle: T\n---\n");
        var output = new StringWriter();

        Check(content.Root, [content.Root], output, new StringWriter());

        var line = Assert.Single(Lines(output), l => l.Contains("forged", StringComparison.Ordinal));
        Assert.Contains("alpha/x\\n::error file=forged.md:", line);
        Assert.DoesNotContain(Lines(output), l => l.StartsWith("::", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("summary: Why reflect: a guide for teams", "summary", "\"Why reflect: a guide for teams\"")]
    [InlineData("summary: \"Reflect\" together, weekly", "summary", null)]
    [InlineData("summary: [Draft] notes for the team", "summary", "\"[Draft] notes for the team\"")]
    public void AValueThatYamlMisreadsGetsAMessageSayingToQuoteIt(string line, string key, string? quoted)
    {
        using var content = new TempContent("good");
        content.Write("alpha/quoting.md", $"---\n{line}\n---\n\nBody.\n");
        var output = new StringWriter();
        var summary = new StringWriter();

        Assert.Equal(1, Check(content.Root, [content.Root], output, summary));

        var problem = Assert.Single(Lines(output), l => l.Contains("quoting.md", StringComparison.Ordinal));
        Assert.Contains("quoting.md:2:", problem);
        Assert.Contains($"If the value of '{key}' holds a colon, a '#' or quotes, put the whole value in double quotes", problem);
        if (quoted is not null)
        {
            Assert.Contains($"e.g. {key}: {quoted}", problem);
        }

        Assert.Contains("1 error,", summary.ToString());
    }

    [Theory]
    [InlineData("title: Peer review\nsummary: #1 way to reflect", "summary", 10)]
    [InlineData("title: Peer review #2\nsummary: Reflecting together.", "title", 19)]
    public void AValueCutShortByAHashIsAWarningSayingToQuoteIt(string frontMatter, string key, int column)
    {
        using var content = new TempContent("good");
        content.Write("alpha/hash.md", $"---\n{frontMatter}\n---\n\nBody.\n");
        var output = new StringWriter();

        Check(content.Root, [content.Root], output, TextWriter.Null);

        var warning = Assert.Single(Lines(output), l => l.Contains("hash.md", StringComparison.Ordinal) && l.Contains("YAML comment", StringComparison.Ordinal));
        Assert.Contains($"hash.md:{(key == "title" ? 2 : 3)}:{column}: warning: the text of '{key}' from '#' on is read as a YAML comment and left out: put the whole value in double quotes", warning);
    }

    [Fact]
    public void AnHtmlCommentIsListedAsANoteWithItsLine()
    {
        using var content = new TempContent("good");
        content.Write("alpha/commented.md", "---\ntitle: Commented\nsummary: A page.\n---\n\nText.\n\n<!-- check with Sam -->\n");
        var output = new StringWriter();
        var summary = new StringWriter();

        Assert.Equal(0, Check(content.Root, [content.Root], output, summary));

        var note = Assert.Single(Lines(output), l => l.Contains("commented.md", StringComparison.Ordinal));
        Assert.Contains("commented.md:8:", note);
        Assert.Contains("HTML comment", note);
        Assert.Contains("0 errors, 0 warnings, 1 note in", summary.ToString());
    }

    [Fact]
    public void AnUnknownFormatIsRefused()
    {
        var errors = new StringWriter();

        Assert.Equal(2, Check(TestPaths.Fixture("good"), ["--format", "xml"], TextWriter.Null, errors));
        Assert.Contains("unknown format 'xml'", errors.ToString());
    }

    [Fact]
    public void CleanContentPassesWithNoOutput()
    {
        var output = new StringWriter();

        var exit = Check(TestPaths.Fixture("good"), [TestPaths.Fixture("good")], output, TextWriter.Null);

        Assert.Equal(0, exit);
        Assert.Empty(Lines(output));
    }

    [Fact]
    public void TheRepositorysOwnContentIsClean()
    {
        var output = new StringWriter();

        var exit = Check(TestPaths.RepoContent, [], output, TextWriter.Null);

        Assert.Equal(0, exit);
        Assert.Empty(Lines(output));
    }

    [Fact]
    public void AMissingFolderExitsWithTwo()
    {
        var errors = new StringWriter();

        Assert.Equal(2, Check("/no/such/folder", ["/no/such/folder"], TextWriter.Null, errors));
        Assert.Contains("'/no/such/folder' is not a folder", errors.ToString());
    }

    [Fact]
    public void TheSiteProgramRunsTheCheckerWhenAskedAndReturnsItsExitCode()
    {
        var app = Path.Combine(AppContext.BaseDirectory, "InformingFutures.Web.dll");
        var start = new ProcessStartInfo("dotnet", ["exec", app, "check", TestPaths.Fixture("checker")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(1, process.ExitCode);
        Assert.Equal(ExpectedForCheckerFixture.Length - 1, stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length); // no twin here
    }

    private static string[] Lines(StringWriter writer) => writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The check command on the site's own container, configured as the command line would configure it.</summary>
    /// <summary>`check` runs the site's very build: with the public address the site has or without, it finds the same.</summary>
    [Theory]
    [InlineData("checker")]
    [InlineData("editorial")]
    [InlineData("generated-crashers")]
    [InlineData("good")]
    [InlineData("hostile")]
    [InlineData("malformed")]
    [InlineData("notes")]
    [InlineData("search")]
    public void CheckReportsTheSameWithAndWithoutAPublicAddress(string fixture)
    {
        string Run(params (string, string)[] settings)
        {
            using var site = new TestSite(TestPaths.Fixture(fixture), settings: settings);
            var output = new StringWriter();
            var errors = new StringWriter();
            var exit = ContentCheckCommand.Run(site.Services, [TestPaths.Fixture(fixture)], output, errors);
            return $"{exit}\n{output}{errors}";
        }

        Assert.Equal(Run(), Run(("Site:PublicUrl", RepoSiteFactory.PublicUrl)));
    }

    private static int Check(string root, string[] arguments, TextWriter output, TextWriter errors)
    {
        using var site = new TestSite(root);
        return ContentCheckCommand.Run(site.Services, arguments, output, errors);
    }
}
