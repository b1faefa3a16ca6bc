using InformingFutures.Web.Search;

namespace InformingFutures.Web.Tests.Search;

public sealed class WordFormsTests
{
    [Theory]
    [InlineData("reflect", "reflective")]
    [InlineData("reflect", "reflection")]
    [InlineData("reflect", "reflections")]
    [InlineData("reflect", "reflecting")]
    [InlineData("reflect", "reflected")]
    [InlineData("organisation", "organisational")]
    [InlineData("organisation", "organisations")]
    [InlineData("challenge", "challenges")]
    [InlineData("team", "teams")]
    [InlineData("care", "caring")]
    [InlineData("agency", "agencies")]
    [InlineData("manage", "management")]
    [InlineData("weekly", "week")]
    [InlineData("organise", "organisational")]
    [InlineData("organize", "organisation")]
    [InlineData("Café", "cafe")]
    [InlineData("RÉFLEXION", "reflexion")]
    public void RelatedFormsShareATerm(string query, string content) =>
        Assert.Equal(SearchWords.TermOf(query), SearchWords.TermOf(content));

    [Theory]
    [InlineData("process")]
    [InlineData("focus")]
    [InlineData("red")]
    [InlineData("ring")]
    public void ShortWordsAndNonPluralsKeepTheirEndings(string word) =>
        Assert.Equal(word, SearchWords.TermOf(word));

    /// <summary>A real stemmer (Snowball English) keeps apart words that only share their first letters.</summary>
    [Theory]
    [InlineData("national", "native")]
    [InlineData("nation", "native")]
    [InlineData("station", "state")]
    [InlineData("statement", "state")]
    [InlineData("station", "statement")]
    public void UnrelatedWordsKeepDifferentTerms(string one, string other) =>
        Assert.NotEqual(SearchWords.TermOf(one), SearchWords.TermOf(other));

    [Fact]
    public void WordsAreRunsOfLettersAndDigitsWithTheirPlaceInTheText()
    {
        const string text = "Team-work, 2014: ÄÖÜ 🙂 re\u0301flexion!";

        var words = SearchWords.Split(text);

        Assert.Equal(["Team", "work", "2014", "ÄÖÜ", "re\u0301flexion"], words.Select(w => text[w.Start..w.End]));
        Assert.Equal(["team", "work", "2014", "aou", SearchWords.TermOf("reflexion")], words.Select(w => w.Term));
    }

    [Theory]
    [InlineData("")]
    [InlineData("!!!???")]
    [InlineData("🙂 -- <>")]
    public void TextWithoutLettersOrDigitsHasNoWords(string text) =>
        Assert.Empty(SearchWords.Split(text));
}
