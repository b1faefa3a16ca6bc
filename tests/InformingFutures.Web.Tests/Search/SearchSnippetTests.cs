using InformingFutures.Web.Search;

namespace InformingFutures.Web.Tests.Search;

public sealed class SearchSnippetTests
{
    [Fact]
    public void MarksEveryMatchedWordAndEncodesAllText()
    {
        const string text = "Paste <script>alert(\"x\")</script> & see.";

        var html = Snippet(text, "script");

        Assert.Equal("Paste &lt;<mark>script</mark>&gt;alert(&quot;x&quot;)&lt;/<mark>script</mark>&gt; &amp; see.", html);
    }

    [Fact]
    public void LongTextIsCutToAboutThirtyWordsAroundTheFirstMatchWithEllipses()
    {
        var text = string.Join(' ', Enumerable.Range(1, 100).Select(i => i == 50 ? "needle" : $"w{i}")) + ".";

        var html = Snippet(text, "needle")!;

        Assert.StartsWith("… w40 ", html);
        Assert.EndsWith(" w69 …", html);
        Assert.Contains(" <mark>needle</mark> ", html);
        Assert.Equal(30 + 2, html.Split(' ').Length);
    }

    [Fact]
    public void AMatchNearTheEndStillGetsAFullWindowAndTheClosingPunctuation()
    {
        var text = string.Join(' ', Enumerable.Range(1, 100).Select(i => i == 99 ? "needle" : $"w{i}")) + ".";

        var html = Snippet(text, "needle")!;

        Assert.StartsWith("… w71 ", html);
        Assert.EndsWith("<mark>needle</mark> w100.", html);
    }

    [Fact]
    public void LineBreaksBecomeSingleSpaces() =>
        Assert.Equal("Benefits <mark>Shared</mark> work.", Snippet("Benefits\n\nShared   work.", "shared"));

    [Fact]
    public void TextWithoutAMatchGivesNoSnippet() =>
        Assert.Null(Snippet("Nothing to see here.", "needle"));

    private static string? Snippet(string text, string query) =>
        SearchSnippet.AroundFirstMatch(text, SearchWords.Split(text), SearchWords.TermsOf(query));
}
