using System.Text;

namespace InformingFutures.Web.Tests.Content;

/// <summary>
/// A page's memory grows with its blocks and markup, not its bytes: the limits keep any one file cheap to hold
/// while the site is served from a small heap, and a file of one mistake repeated does not flood the log.
/// </summary>
public sealed class PageSizeLimitTests
{
    private const string FrontMatter = "---\ntitle: T\nsummary: S\n---\n\n";

    // Each fragment repeated until just under the line or markup limit (or the 256 KiB file limit).
    public static TheoryData<string> Fragments() =>
    [
        "#\n", "## a\n", "- a\n", "- a\n  - b\n", "1. a\n", "a|", "|a|b|c|\n", "`a` ", "<http://a.b/c> ", "&amp; ", "> a\n",
        "word word word\n\n", "<div>\n\n", "```\na\n```\n", "word ", "!a ",
    ];

    [Theory]
    [MemberData(nameof(Fragments))]
    public void AnyFileWithinTheLimitsCostsLessThan64MegabytesToRead(string fragment)
    {
        var bytes = Encoding.UTF8.GetBytes(JustUnderTheLimits(fragment));
        var parser = ContentTestHost.Parser;

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = parser.Parse("sec/page.md", bytes);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(allocated < 64 * 1024 * 1024, $"{allocated:N0} bytes allocated to read {bytes.Length:N0} bytes of '{fragment.Trim()}'");
        Assert.NotNull(result);
    }

    [Fact]
    public void AFileOfMoreLinesThanAPageHoldsIsRefusedAtTheLineThatPassesTheLimit()
    {
        var result = ContentTestHost.Parse(FrontMatter + string.Concat(Enumerable.Repeat("a\n", 10_000)));

        Assert.Null(result.Document);
        Assert.Equal("sec/page.md:10001:1: error: the file has more than 10,000 lines, more than a page can hold; split it into several pages", Assert.Single(result.Problems).ToString());
    }

    [Fact]
    public void AFileOfMoreMarkupThanAPageHoldsIsRefusedWhereItPassesTheLimit()
    {
        var result = ContentTestHost.Parse(FrontMatter + "x" + new string('|', 60_000));

        Assert.Null(result.Document);
        Assert.StartsWith("sec/page.md:6:", Assert.Single(result.Problems).ToString());
        Assert.Contains("more than 50,000 Markdown markup characters", result.Problems[0].Message);
    }

    /// <summary>
    /// A header of 1,000 cells over 400 one-cell rows is 5.6 KB, inside every other limit, but Markdig makes each row
    /// as wide as the header: refused at the table's first line, while the rest of the site serves.
    /// </summary>
    [Fact]
    public async Task ATableOfMoreCellsThanAPageHoldsIsRefusedAtItsFirstLineAndTheSiteKeepsServing()
    {
        var header = "|" + string.Concat(Enumerable.Repeat(" a |", 1_000)) + "\n";
        var delimiter = "|" + string.Concat(Enumerable.Repeat("---|", 1_000)) + "\n";
        var bomb = FrontMatter + "Intro.\n\n" + header + delimiter + string.Concat(Enumerable.Repeat("| x |\n", 400));
        using var content = new TempContent("good");
        content.Write("alpha/bomb.md", bomb);
        content.Write("alpha/wide.md", FrontMatter + "| a | b | c |\n|---|---|---|\n" + string.Concat(Enumerable.Repeat("| 1 | 2 | 3 |\n", 900)));
        content.Write("alpha/pipes.md", FrontMatter + string.Concat(Enumerable.Repeat("a | b | c | d | e\n", 4_000)));
        using var site = new ToolkitFactory(content.Root);
        var client = site.CreatePlainClient();

        var problem = Assert.Single(site.Services.GetRequiredService<LiveSnapshot>().Current.Content.Problems, p => p.Path == "alpha/bomb.md");
        Assert.Equal((8, 1), (problem.Line, problem.Column));
        Assert.Contains("more than 10,000 cells", problem.Message);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/alpha/bomb")).StatusCode);
        // A long table of three columns, and lines of pipes that are no table, are pages as usual.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/alpha/wide")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/alpha/pipes")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/alpha")).StatusCode);
    }

    [Fact]
    public void OneMistakeRepeatedThousandsOfTimesIsReportedTwentyTimesAndCounted()
    {
        using var content = new TempContent("good");
        content.Write("alpha/headings.md", FrontMatter + string.Concat(Enumerable.Repeat("![](picture.png)\n\n", 990)));
        using var site = new TestSite(content.Root);

        var problems = site.Current.Problems.Where(p => p.Path == "alpha/headings.md").ToList();

        Assert.Equal(21, problems.Count);
        Assert.Equal("and 970 more problems in this file, not listed; fix those above first", problems[^1].Message);
        Assert.NotNull(site.Current.Find("alpha", "headings")); // warnings only: still published
    }

    /// <summary>Each heading is a slide and a notes page: 5,000 headings once made a 4.9 MB notes page and PDF time-outs.</summary>
    [Fact]
    public void APageOfMoreHeadingsThanTheLimitIsLeftOffAtTheFirstOneOver()
    {
        using var content = new TempContent("good");
        content.Write("alpha/many.md", FrontMatter + string.Concat(Enumerable.Repeat("## Heading\n\n", InformingFutures.Web.Content.ContentLint.MaxHeadings + 1)));
        content.Write("alpha/enough.md", FrontMatter + string.Concat(Enumerable.Repeat("## Heading\n\n", InformingFutures.Web.Content.ContentLint.MaxHeadings)));
        using var site = new TestSite(content.Root);

        var problem = Assert.Single(site.Current.Problems, p => p.Path == "alpha/many.md");
        Assert.Equal("the page has 101 headings; the limit is 100, as each becomes a slide and a notes page: split the page into several", problem.Message);
        Assert.Equal(FrontMatter.Count(c => c == '\n') + 1 + 2 * 100, problem.Line);
        Assert.Null(site.Current.Find("alpha", "many"));
        Assert.NotNull(site.Current.Find("alpha", "enough"));
    }

    /// <summary>Blocks are what slides are cut from: 9,980 list items once made 1,110 slides and a 1.2 MB notes page.</summary>
    [Fact]
    public void APageOfMoreBlocksThanTheLimitIsLeftOffAtTheFirstOneOver()
    {
        using var content = new TempContent("good");
        content.Write("alpha/many.md", FrontMatter + string.Concat(Enumerable.Repeat("- point\n", ContentLint.MaxBlocks + 1)));
        content.Write("alpha/enough.md", FrontMatter + string.Concat(Enumerable.Repeat("- point\n", ContentLint.MaxBlocks)));
        using var site = new TestSite(content.Root);

        Assert.Equal(
            $"alpha/many.md:{FrontMatter.Count(c => c == '\n') + 1 + ContentLint.MaxBlocks}:3: error: the page has more than 1,000 paragraphs, list items, headings and table rows, and each few become a slide: split the page into several",
            Assert.Single(site.Current.Problems, p => p.Path == "alpha/many.md").ToString());
        Assert.Null(site.Current.Find("alpha", "many"));
        Assert.NotNull(site.Current.Find("alpha", "enough"));
    }

    /// <summary>Pages at the limits, each shaped to make many slides or long notes.</summary>
    public static TheoryData<string> PagesAtTheLimits()
    {
        var words = string.Join(' ', Enumerable.Range(0, 100).Select(i => $"word{i}"));
        return
        [
            string.Concat(Enumerable.Range(1, ContentLint.MaxHeadings - 1).Select(i => $"## Part {i}\n\n{words}\n\n{words}\n\n::: notes\n{words}\n:::\n\n")),
            string.Concat(Enumerable.Repeat("- point\n", ContentLint.MaxBlocks)),
            "| a | b | c | d | e | f | g | h | i | j |\n" + string.Concat(Enumerable.Repeat("|---", 10)) + "|\n" + string.Concat(Enumerable.Repeat("| 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 0 |\n", 990)),
        ];
    }

    /// <summary>
    /// Every view of a page at the limits stays small enough for a phone and a PDF printer: one long page's notes once
    /// came to 21 MB in its section's notes page, copied onto each of its continuation slides.
    /// </summary>
    [Theory]
    [MemberData(nameof(PagesAtTheLimits))]
    public async Task EveryViewOfAPageAtTheLimitsIsUnderOneMegabyte(string body)
    {
        using var content = new TempContent("good");
        content.Write("alpha/page.md", FrontMatter + body);
        using var site = new ToolkitFactory(content.Root);
        var client = site.CreatePlainClient();

        // The page's own views, and its section's deck, which holds it too.
        foreach (var view in new[] { "/alpha/page", "/alpha/page/present", "/alpha/page/present/presenter", "/alpha/page/present/handout", "/alpha/page/present/notes", "/alpha/present/notes", "/alpha/present/presenter" })
        {
            using var response = await client.GetAsync(view);
            var bytes = (await response.Content.ReadAsByteArrayAsync()).Length;
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(bytes < 1_000_000, $"{view}: {bytes:N0} bytes");
        }
    }

    [Fact]
    public void AFileThatTakesTooLongToReadIsLeftOffWithTheSettingToChange()
    {
        using var content = new TempContent("good");
        content.Write("alpha/slow.md", JustUnderTheLimits("## a\n")); // tens of milliseconds to read, over a 1 ms limit
        using var site = new TestSite(content.Root, settings: ("Content:ReadTimeoutMilliseconds", "1"));

        var problem = Assert.Single(site.Current.Problems, p => p.Path == "alpha/slow.md");

        Assert.Null(site.Current.Find("alpha", "slow"));
        Assert.StartsWith("reading the file took longer than 0.001 s, so it was left off the site", problem.Message);
        Assert.Contains("Content:ReadTimeoutMilliseconds", problem.Message);
    }

    [Fact]
    public void AParseThatTakesTooLongStopsItselfAndLeavesNoThreadRunning()
    {
        using var content = new TempContent("good");
        for (var i = 0; i < 12; i++)
        {
            content.Write($"alpha/slow-{i}.md", JustUnderTheLimits("## a\n"));
        }

        using var site = new TestSite(content.Root, settings: ("Content:ReadTimeoutMilliseconds", "1"));

        // Each file is refused; a parse given up on but left running would still be at work now, on a thread of its own.
        Assert.Equal(12, site.Current.Problems.Count(p => p.Path.StartsWith("alpha/slow-", StringComparison.Ordinal) && p.Message.StartsWith("reading the file took longer than", StringComparison.Ordinal)));
        Assert.Empty(ThreadsNamed("Content parse"));
    }

    [Fact]
    public void TheRendererStopsAtAPassedDeadline()
    {
        var renderer = new InformingFutures.Web.Content.MarkdownRenderer();
        using (InformingFutures.Web.Content.ParseDeadline.Start(TimeSpan.Zero))
        {
            Thread.Sleep(1);
            Assert.Throws<InformingFutures.Web.Content.ParseDeadlineException>(() => renderer.Render("---\ntitle: T\n---\n\n# One\n\nText\n"));
        }

        Assert.Contains("<h1", renderer.Render("# One\n").Html); // the deadline ends with its scope
    }

    /// <summary>The process's threads with that name, read from Linux's /proc (the runtime names each OS thread after its managed one).</summary>
    private static List<string> ThreadsNamed(string prefix) =>
        [.. Directory.GetDirectories("/proc/self/task")
            .Select(task => { try { return File.ReadAllText(Path.Combine(task, "comm")).Trim(); } catch (IOException) { return ""; } })
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal))];

    private static string JustUnderTheLimits(string fragment)
    {
        const string markup = "*_[]()!<>|`#&\\~:";
        var lines = FrontMatter.Count(c => c == '\n') + 1;
        var marks = FrontMatter.Count(markup.Contains);
        var perLines = fragment.Count(c => c == '\n');
        var perMarks = fragment.Count(markup.Contains);
        var times = new[]
        {
            perLines == 0 ? int.MaxValue : (MarkdownSize.MaxLines - 10 - lines) / perLines,
            perMarks == 0 ? int.MaxValue : (MarkdownSize.MaxMarkupCharacters - 10 - marks) / perMarks,
            (256 * 1024 - FrontMatter.Length - 10) / Encoding.UTF8.GetByteCount(fragment),
        }.Min();
        return FrontMatter + new StringBuilder().Insert(0, fragment, times);
    }
}
