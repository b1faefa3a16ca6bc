using System.Text;

namespace InformingFutures.Web.Tests.Content;

public sealed class FrontMatterParsingTests
{
    [Fact]
    public void ReadsTypedFieldsFromFrontMatter()
    {
        var result = ContentTestHost.Parse("---\ntitle: Team\nsummary: One sentence.\norder: 2\ntype: model\n---\n\n## Benefits\n\nGood.\n\n## Challenges\n\nHard.\n");

        var doc = Assert.IsType<ContentDocument>(result.Document);
        Assert.Equal("Team", doc.Title);
        Assert.Equal("One sentence.", doc.Summary);
        Assert.Equal(2, doc.Meta.Order);
        Assert.True(doc.Meta.IsModel);
        Assert.Equal("<p>Good.</p>", doc.FindSection("benefits")?.Html);
        Assert.Equal("<p>Hard.</p>", doc.FindSection("challenges")?.Html);
        Assert.DoesNotContain("title:", doc.Html);
    }

    [Fact]
    public void MissingTitleIsReportedAtTheFrontMatterLine()
    {
        var result = ContentTestHost.Parse("---\nsummary: No title here.\n---\n\nBody\n");

        Assert.Null(result.Document);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(1, problem.Line);
        Assert.Contains("title", problem.Message);
    }

    [Fact]
    public void InvalidYamlIsReportedWithTheLineOfTheMistake()
    {
        var result = ContentTestHost.Parse("---\ntitle: Fine\nsummary: [unclosed\norder: 1\n---\n\nBody\n");

        Assert.Null(result.Document);
        var problem = Assert.Single(result.Problems);
        Assert.StartsWith("front matter is not valid YAML", problem.Message);
        Assert.InRange(problem.Line, 3, 5);
    }

    /// <summary>Each common YAML mistake in an editor's words, at its line, never in the YAML library's.</summary>
    [Theory]
    [InlineData("summary: Why reflect: a guide\n", "sec/page.md:3:21: error: front matter is not valid YAML: the ': ' here reads as the start of another field, and a field of its own starts at the left, like the others. If the value of 'summary' holds a colon, a '#' or quotes, put the whole value in double quotes, e.g. summary: \"Why reflect: a guide\"")]
    [InlineData("summary: \"an unterminated quote\norder: 3\n", "sec/page.md:3:10: error: front matter is not valid YAML: a quote is opened and never closed. If the value of 'summary' holds a colon, a '#' or quotes, put the whole value in double quotes, e.g. summary: \"an unterminated quote\"")]
    [InlineData("summary: {a\n", "sec/page.md:4:1: error: front matter is not valid YAML: a '{' is never closed with '}'. If the value of 'summary' holds a colon, a '#' or quotes, put the whole value in double quotes, e.g. summary: \"{a\"")]
    [InlineData("  summary: indented\n", "sec/page.md:3:10: error: front matter is not valid YAML: the ': ' here reads as the start of another field, and a field of its own starts at the left, like the others")]
    [InlineData("summary S\norder: 2\n", "sec/page.md:3:1: error: front matter is not valid YAML: this line is not a 'name: value' field like the lines above it: a ':' may be missing, the line indented differently, or text may follow a closing quote")]
    [InlineData("\tsummary: tab\n", "sec/page.md:2:8: error: front matter is not valid YAML: a tab indents this line: indent with spaces")]
    public void YamlMistakesAreToldInPlainWords(string line, string expected)
    {
        var result = ContentTestHost.Parse("---\ntitle: T\n" + line + "---\n\nBody.\n");

        Assert.Equal(expected, Assert.Single(result.Problems).ToString());
    }

    /// <summary>A field name with a slip of the keys is pointed at the one meant; another word gets the list.</summary>
    [Theory]
    [InlineData("Title", "write 'title' if that is what you meant")]
    [InlineData("sumary", "write 'summary' if that is what you meant")]
    [InlineData("ordre", "write 'order' if that is what you meant")]
    [InlineData("nextreview", "write 'nextReview' if that is what you meant")]
    [InlineData("drafts", "write 'draft' if that is what you meant")]
    [InlineData("colour", "(known fields: title, summary, order, type, year, reviewed, nextReview, draft, publish, changes)")]
    public void AnUnknownFieldThatIsASlipNamesTheFieldMeant(string field, string advice)
    {
        var result = ContentTestHost.Parse($"---\ntitle: T\nsummary: S\n{field}: x\n---\n\nBody.\n");

        var problem = Assert.Single(result.Problems);
        Assert.Equal($"sec/page.md:4:1: warning: unknown front matter field '{field}' is ignored{(advice.StartsWith('(') ? " " : ": ")}{advice}", problem.ToString());
    }

    [Fact]
    public void FrontMatterThatIsAListIsToldItMustBeFields()
    {
        var result = ContentTestHost.Parse("---\n- a\n- b\n---\n\nBody.\n");

        Assert.Equal("sec/page.md:2:1: error: front matter is not valid YAML: the front matter must be fields, one a line, such as 'title: …' and 'summary: …'", Assert.Single(result.Problems).ToString());
    }

    [Fact]
    public void WrongTypeForOrderIsReported()
    {
        var result = ContentTestHost.Parse("---\ntitle: Fine\norder: first\n---\n\nBody\n");

        Assert.Null(result.Document);
        Assert.Equal(3, Assert.Single(result.Problems).Line);
    }

    [Fact]
    public void FileWithoutFrontMatterIsRefusedWithAnExplanation()
    {
        var result = ContentTestHost.Parse("# Just a heading\n\nText.\n");

        Assert.Null(result.Document);
        Assert.Contains("must start with front matter", Assert.Single(result.Problems).Message);
    }

    [Fact]
    public void DeeplyNestedYamlIsRefusedWithoutOverflowingTheStack()
    {
        var yaml = "---\ntitle: x\nextra: " + new string('[', 5000) + new string(']', 5000) + "\n---\n";

        var result = ContentTestHost.Parse(yaml);

        Assert.Null(result.Document);
        Assert.Contains("nested", Assert.Single(result.Problems).Message);
    }

    [Fact]
    public void ByteOrderMarkAndWindowsLineEndingsAreAccepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("---\r\ntitle: Windows\r\nsummary: Saved in Notepad.\r\n---\r\n\r\nBody text.\r\n")).ToArray();

        var result = ContentTestHost.Parser.Parse("sec/page.md", bytes);

        Assert.Equal("Windows", result.Document?.Title);
        Assert.Contains("<p>Body text.</p>", result.Document?.Html);
    }

    [Fact]
    public void InvalidUtf8IsRefused()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes("---\ntitle: Bad bytes\n---\n"), 0xC3, 0x28];

        var result = ContentTestHost.Parser.Parse("sec/page.md", bytes);

        Assert.Null(result.Document);
        Assert.Contains("UTF-8", Assert.Single(result.Problems).Message);
    }

    [Fact]
    public void ModelWithoutChallengesSectionIsRefused()
    {
        var result = ContentTestHost.Parse("---\ntitle: Half a model\nsummary: Only half.\ntype: model\n---\n\n## Benefits\n\nSome.\n");

        Assert.Null(result.Document);
        Assert.Contains("## Challenges", Assert.Single(result.Problems).Message);
    }

    [Theory]
    [InlineData("sec/present.md")]
    [InlineData("sec/handout.md")]
    public void FilesCannotTakeTheNamesOfTheSitesOwnViews(string path)
    {
        var result = ContentTestHost.Parse("---\ntitle: Clash\n---\n", path);

        Assert.Null(result.Document);
        Assert.Contains("choose another file name", Assert.Single(result.Problems).Message);
    }

    [Theory]
    [InlineData("draft: maybe", "4:8: error: 'draft' must be true or false")]
    [InlineData("publish: soon", "4:10: error: 'publish' must be a date, such as 2027-03-01")]
    [InlineData("changes: fixed a typo", "4:10: error: 'changes' must be a list of updates, each a '- date: 2026-11-27' line with a '  summary: What changed for readers' line under it")]
    [InlineData("changes:\n  - summary: Fixed a typo.", "4:1: error: change 1 in 'changes' needs a 'date', such as '- date: 2026-11-27' and '  summary: What changed for readers'")]
    [InlineData("changes:\n  - date: 2026-11-01\n    summary: ok\n  - date: 2026-11-02", "4:1: error: change 2 in 'changes' needs a 'summary', such as '- date: 2026-11-27' and '  summary: What changed for readers'")]
    [InlineData("changes:\n  - date: 2026-11-01\n    summary: |\n      two\n      lines", "4:1: error: the summary of change 1 in 'changes' must be one line")]
    [InlineData("changes:\n  - date: 2026-13-01\n    summary: Bad month.", "5:11: error: 'changes' must be a list of updates, each a '- date: 2026-11-27' line with a '  summary: What changed for readers' line under it")]
    public void EditorialFieldsOfTheWrongFormAreRefusedWhereTheyAre(string field, string expected)
    {
        var result = ContentTestHost.Parse($"---\ntitle: T\nsummary: S\n{field.Replace("\\n", "\n")}\n---\n\nBody.\n");

        Assert.Null(result.Document);
        Assert.Equal("sec/page.md:" + expected, Assert.Single(result.Problems).ToString());
    }

    [Fact]
    public void EditorialFieldsAreReadIntoTheDocument()
    {
        var result = ContentTestHost.Parse("---\ntitle: T\nsummary: S\ndraft: true\npublish: 2027-03-01\nchanges:\n  - date: 2026-01-02\n    summary: Older.\n  - date: 2026-05-06\n    summary: Newer.\n---\n\nBody.\n");

        var meta = Assert.IsType<ContentDocument>(result.Document).Meta;
        Assert.Empty(result.Problems);
        Assert.True(meta.Draft);
        Assert.Equal(new DateTime(2027, 3, 1), meta.Publish);
        Assert.Equal(["Newer.", "Older."], meta.ChangesNewestFirst.Select(c => c.Summary));
    }
}
