using InformingFutures.Web.Search;

namespace InformingFutures.Web.Tests.Search;

public sealed class SearchIndexTests : IDisposable
{
    private readonly TestSite _content = ContentTestHost.CreateIndex(TestPaths.Fixture("search"));
    private readonly SearchCatalogue _search;

    public SearchIndexTests() => _search = _content.Snapshot.Search;

    public void Dispose() => _content.Dispose();

    [Fact]
    public void AWordFindsItsOtherFormsInTitlesSummariesAndBodies()
    {
        var results = _search.Search("reflect");

        Assert.Equal(["/practice/reflective-supervision", "/practice"], Urls(results));
        Assert.Contains("<mark>Reflection</mark>", results.Matches[0].SnippetHtml);
        Assert.Contains("<mark>Reflecting</mark>", results.Matches[0].SnippetHtml);
        Assert.Contains("<mark>reflective</mark>", results.Matches[1].SnippetHtml); // from the summary: the body lacks the word
    }

    [Fact]
    public void TheHomePageIsNeverAResult()
    {
        foreach (var query in new[] { "mentions", "reflection supervision cafe", "leaves" }) // words only the home page has, and words it shares
        {
            Assert.DoesNotContain(_search.Search(query).Matches, m => m.Document.IsHome);
        }
    }

    [Fact]
    public void PagesWithEveryWordComeFirstThenPagesWithSome()
    {
        Assert.NotEmpty(_search.Search("cafe").Matches);
        Assert.NotEmpty(_search.Search("supervision").Matches);

        var neither = _search.Search("cafe supervision").Matches;
        Assert.NotEmpty(neither);
        Assert.All(neither, m => Assert.False(m.HasEveryWord));
        var both = _search.Search("supervision colleagues").Matches;
        Assert.Equal("/practice/working-together", both[0].Document.Url);
        Assert.True(both[0].HasEveryWord);
        Assert.All(both.Skip(1), m => Assert.False(m.HasEveryWord));
    }

    [Theory]
    [InlineData("supervison", "supervision")] // one letter missing
    [InlineData("suprevision", "supervision")] // two letters swapped
    [InlineData("colleauges", "colleagues")]
    [InlineData("organization", null)] // US spelling: the same word, no correction needed
    [InlineData("organisations", null)]
    public void ATypoOrAnotherSpellingStillFindsThePage(string query, string? meant)
    {
        var results = _search.Search(query);

        Assert.NotEmpty(results.Matches);
        Assert.All(results.Matches, m => Assert.True(m.HasEveryWord));
        Assert.Equal(meant is null ? [] : [(query, meant)], results.Corrections);
        // Only the word meant is searched for and marked, not every word of the content.
        var marked = results.Matches.SelectMany(m => System.Text.RegularExpressions.Regex.Matches(m.SnippetHtml, "<mark>(.*?)</mark>").Select(x => x.Groups[1].Value)).Distinct().ToList();
        Assert.True(meant is null || marked.Count > 0, "the corrected word is marked");
        Assert.All(marked, word => Assert.Equal(SearchWords.TermOf(meant ?? query), SearchWords.TermOf(word)));
    }

    [Fact]
    public void AJoinedWordFindsItsTwoWords()
    {
        var results = _search.Search("workingweek");

        Assert.Contains(results.Matches, m => m.Document.Url == "/practice/reflective-supervision" && m.HasEveryWord);
        Assert.Equal([("workingweek", "working week")], results.Corrections);
    }

    [Fact]
    public void APageWithTheWordInItsTitleRanksBeforeOneWithItOnlyInTheBody()
    {
        var results = _search.Search("supervision");

        Assert.Equal(["/practice/reflective-supervision", "/practice/working-together"], Urls(results));
        Assert.StartsWith("… ", results.Matches[1].SnippetHtml);
        Assert.Contains("<mark>supervision</mark>", results.Matches[1].SnippetHtml);
    }

    [Fact]
    public void LevelTwoHeadingsAreSearched()
    {
        var result = Assert.Single(_search.Search("organisation").Matches);

        Assert.Equal("/practice/reflective-supervision", result.Document.Url);
    }

    [Theory]
    [InlineData("café")]
    [InlineData("CAFE")]
    [InlineData("reflexion")]
    [InlineData("réflexion")]
    [InlineData("aou")]
    public void AccentsAndCaseDoNotMatter(string query) =>
        Assert.Equal(["/practice/cafe-conversations"], Urls(_search.Search(query)));

    [Fact]
    public void EachResultNamesItsSection()
    {
        var results = _search.Search("resource");

        var overview = Assert.Single(results.Matches, m => m.Document.Url == "/practice");
        Assert.Equal("Practice resources", overview.SectionTitle);
        Assert.All(_search.Search("week").Matches, m => Assert.Equal("Practice resources", m.SectionTitle));
    }

    [Fact]
    public void MarkupInContentAndQueryComesBackEncoded()
    {
        var result = Assert.Single(_search.Search("<script>").Matches);

        Assert.Equal("/practice/safe-markup", result.Document.Url);
        Assert.Contains("&lt;<mark>script</mark>&gt;alert(1)&lt;/<mark>script</mark>&gt;", result.SnippetHtml);
        Assert.Contains("&amp; it must", result.SnippetHtml);
        Assert.DoesNotContain("<script", result.SnippetHtml);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \t ")]
    [InlineData("\0")]
    public void AnEmptyQueryIsEmpty(string? query)
    {
        var results = _search.Search(query);

        Assert.True(results.IsEmptyQuery);
        Assert.Empty(results.Matches);
    }

    [Theory]
    [InlineData("!!!???")]
    [InlineData("🙂")]
    [InlineData("<> -- ''")]
    public void AQueryWithoutWordsSaysSo(string query)
    {
        var results = _search.Search(query);

        Assert.True(results.QueryHasNoWords);
        Assert.False(results.IsEmptyQuery);
        Assert.Empty(results.Matches);
    }

    [Fact]
    public void QueriesAreTrimmedAndLongOnesCutToTwoHundredCharacters()
    {
        Assert.Equal("cafe", _search.Search("  cafe \n").Query);
        Assert.Equal("cafe weekly", _search.Search("cafe\tweekly").Query);

        var results = _search.Search("cafe " + new string('x', 5000));

        Assert.Equal(SearchCatalogue.MaxQueryLength, results.Query.Length);
        Assert.StartsWith("cafe x", results.Query);
        Assert.False(results.QueryHasNoWords);
    }

    [Fact]
    public void ACutNeverSplitsAnEmoji()
    {
        var query = new string('a', SearchCatalogue.MaxQueryLength - 1) + "🙂🙂";

        var cut = _search.Search(query).Query;

        Assert.Equal(SearchCatalogue.MaxQueryLength - 1, cut.Length);
        Assert.False(char.IsHighSurrogate(cut[^1]));
    }

    [Fact]
    public async Task TheIndexFollowsContentChanges()
    {
        using var content = new TempContent("search");
        using var index = ContentTestHost.CreateIndex(content.Root);
        Assert.Empty(index.Snapshot.Search.Search("zebra").Matches);

        content.Write("practice/zebra-crossings.md", "---\ntitle: Zebra crossings\nsummary: Added while the site runs.\n---\n\nStripes.\n");

        Assert.True(await ContentTestHost.EventuallyAsync(
            () => index.Snapshot.Search.Search("zebra").Matches.Any(m => m.Document.Url == "/practice/zebra-crossings"), ContentTestHost.ReloadLimit),
            "the new page was not found within two seconds");

        File.Delete(content.PathOf("practice/zebra-crossings.md"));
        Assert.True(await ContentTestHost.EventuallyAsync(() => index.Snapshot.Search.Search("zebra").Matches.Count == 0, ContentTestHost.ReloadLimit),
            "the deleted page was still found after two seconds");
    }

    private static IReadOnlyList<string> Urls(SearchResults results) => results.Matches.Select(m => m.Document.Url).ToList();
}
