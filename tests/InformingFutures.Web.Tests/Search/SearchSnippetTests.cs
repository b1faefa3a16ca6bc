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
        var html = Snippet(HundredWordsWithNeedleAt(50), "needle")!;

        Assert.StartsWith("… w40 ", html);
        Assert.EndsWith(" w69 …", html);
        Assert.Contains(" <mark>needle</mark> ", html);
        Assert.Equal(30 + 2, html.Split(' ').Length);
    }

    [Fact]
    public void AMatchNearTheEndStillGetsAFullWindowAndTheClosingPunctuation()
    {
        var html = Snippet(HundredWordsWithNeedleAt(99), "needle")!;

        Assert.StartsWith("… w71 ", html);
        Assert.EndsWith("<mark>needle</mark> w100.", html);
    }

    [Fact]
    public void LineBreaksBecomeSingleSpaces() =>
        Assert.Equal("Benefits <mark>Shared</mark> work.", Snippet("Benefits\n\nShared   work.", "shared"));

    [Fact]
    public void TextWithoutAMatchGivesNoSnippet() =>
        Assert.Null(Snippet("Nothing to see here.", "needle"));

    /// <summary>"w1 w2 … w100." with "needle" in place of word <paramref name="position"/>.</summary>
    private static string HundredWordsWithNeedleAt(int position) =>
        string.Join(' ', Enumerable.Range(1, 100).Select(i => i == position ? "needle" : $"w{i}")) + ".";

    private static string? Snippet(string text, string query) =>
        SearchSnippet.AroundFirstMatch(text, SearchWords.Split(text), SearchWords.TermsOf(query));
}
