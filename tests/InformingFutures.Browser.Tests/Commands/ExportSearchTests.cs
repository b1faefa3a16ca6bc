using System.Text.Json;
using CsCheck;
using InformingFutures.Web.Search;
using Xunit.Abstractions;

namespace InformingFutures.Browser.Tests.Commands;

/// <summary>
/// Search in the static export: typed into the header's box and answered from search-index.js with no server and no
/// network, ranked and cut into snippets exactly as the server does.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ExportSearchTests(BrowserSite site, ITestOutputHelper output)
{
    private const int GeneratedTexts = 3_000;
    private const int GeneratedQueries = 400;

    [BrowserFact]
    public async Task SearchingTheExportFromFileRanksAndQuotesLikeTheServer()
    {
        var (context, outside) = await site.OfflineFileContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(StaticExport.Folder, "reflective-practice", "team", "index.html")).AbsoluteUri);

        await page.FillAsync("header input[name=q]", "rooms");
        await page.PressAsync("header input[name=q]", "Enter");
        await page.WaitForSelectorAsync("ol.search-results");

        Assert.EndsWith("/search/index.html?q=rooms", page.Url);
        var titles = await page.Locator("ol.search-results h2").AllInnerTextsAsync();
        Assert.Equal("Organisational Reflective Practice", titles[0]);
        Assert.Contains("<mark>rooms</mark>", await page.InnerHTMLAsync("ol.search-results li:first-child .search-snippet"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.OutputFolder, "export-search-rooms.png"), FullPage = true });
        Assert.Empty(await BrowserChecks.ViolationsInBothSchemesAsync(page));

        await page.ClickAsync("ol.search-results li:first-child h2 a");
        Assert.EndsWith("/reflective-practice/organisational/index.html", page.Url);

        await page.GotoAsync(new Uri(Path.Combine(StaticExport.Folder, "search", "index.html")).AbsoluteUri + "?q=zzxqvv");
        Assert.Equal("No results for ‘zzxqvv’.", await page.InnerTextAsync("main .search-none"));
        Assert.Equal(0, await page.Locator(".search-did-you-mean").CountAsync());

        await page.GotoAsync(new Uri(Path.Combine(StaticExport.Folder, "search", "index.html")).AbsoluteUri + "?q=tem");
        Assert.Equal("Did you mean ‘team’?", await page.InnerTextAsync("main .search-did-you-mean"));
        await page.ClickAsync("main .search-did-you-mean a");
        await page.WaitForSelectorAsync("ol.search-results");
        Assert.EndsWith("/search/index.html?q=team", page.Url);
        Assert.Empty(outside);
        await context.CloseAsync();
    }

    [BrowserFact]
    public async Task WithoutJavaScriptTheExportHasNoSearchBox()
    {
        var context = await site.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(StaticExport.Folder, "index.html")).AbsoluteUri);

        Assert.False(await page.IsVisibleAsync("header input[name=q]"));
        await context.CloseAsync();
    }

    /// <summary>
    /// The browser's reading of text into words and terms is the server's, on generated text full of accents,
    /// combining marks, other scripts, digits and punctuation; and for generated queries over the toolkit's pages,
    /// the export answers with the same pages in the same order and the same snippets as the server.
    /// </summary>
    [BrowserFact]
    public async Task TheBrowserAndTheServerAgreeOnEveryGeneratedTextAndQuery()
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(StaticExport.Folder, "search", "index.html")).AbsoluteUri);
        await page.WaitForFunctionAsync("() => typeof ToolkitSearch === 'object' && window.toolkitSearchIndex");

        var texts = Texts.Array[GeneratedTexts].Single();
        var browserWords = await page.EvaluateAsync<JsonElement>("texts => texts.map(t => ToolkitSearch.split(t).map(w => `${w.start}:${w.length}:${w.term}`).join(' '))", texts);
        var disagreements = texts.Zip(browserWords.EnumerateArray().Select(e => e.GetString()))
            .Select(p => (Text: p.First, Server: string.Join(' ', SearchWords.Split(p.First).Select(w => $"{w.Start}:{w.Length}:{w.Term}")), Browser: p.Second))
            .Where(p => p.Server != p.Browser)
            .Select(p => $"{JsonSerializer.Serialize(p.Text)}:\n  server  {p.Server}\n  browser {p.Browser}")
            .Take(5).ToList();
        Assert.True(disagreements.Count == 0, string.Join('\n', disagreements));

        var catalogue = site.Current.Search;
        // Queries that find nothing, so the page offers what they were near, then generated ones.
        string[] queries = ["tem", "tem cultre", "multyagensy", "supervisoin xqzv", "qqqq", .. Queries.Array[GeneratedQueries].Single()];
        var browserAnswers = await page.EvaluateAsync<JsonElement>(
            "queries => queries.map(q => { const r = ToolkitSearch.search(window.toolkitSearchIndex, q); return [...r.matches.map(m => `${m.page.url} ${m.snippetHtml}`), ...r.corrections.map(c => `${c.typed}>${c.meant}`), `?${r.didYouMean}`].join('\\n'); })", queries);
        var answerDisagreements = queries.Zip(browserAnswers.EnumerateArray().Select(e => e.GetString()))
            .Select(p => (Query: p.First, Server: ServerAnswer(catalogue.Search(p.First)), Browser: p.Second))
            .Where(p => p.Server != p.Browser)
            .Select(p => $"{JsonSerializer.Serialize(p.Query)}:\n  server  {p.Server}\n  browser {p.Browser}")
            .Take(3).ToList();
        Assert.True(answerDisagreements.Count == 0, string.Join('\n', answerDisagreements));
        output.WriteLine($"{texts.Length:N0} texts split alike; {queries.Length:N0} queries answered alike ({queries.Count(q => catalogue.Search(q).Matches.Count > 0)} with results)");
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// The export stems as the server does (porter2.js against Lucene's Snowball EnglishStemmer): every word of the
    /// toolkit's pages, Snowball's own exceptions, and generated English-shaped words built from every suffix the
    /// algorithm strips, alone and stacked.
    /// </summary>
    [BrowserFact]
    public async Task TheBrowserStemsEveryWordAsTheServerDoes()
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(StaticExport.Folder, "search", "index.html")).AbsoluteUri);
        await page.WaitForFunctionAsync("() => typeof Porter2 === 'object'");

        var contentWords = site.Current.Content.Documents
            .SelectMany(d => SearchWords.Split(d.PlainText).Select(w => d.PlainText.Substring(w.Start, w.Length).ToLowerInvariant()));
        var words = contentWords.Concat(SnowballExceptions).Concat(EnglishShapedWords.Array[GeneratedWords].Single()).Distinct().ToArray();
        var browserStems = await page.EvaluateAsync<string[]>("words => words.map(w => Porter2.stem(w))", words);

        var disagreements = words.Zip(browserStems).Where(p => WordStem.Of(p.First) != p.Second)
            .Select(p => $"{p.First}: server {WordStem.Of(p.First)}, browser {p.Second}").Take(10).ToList();
        Assert.True(disagreements.Count == 0, string.Join('\n', disagreements));
        Assert.Equal(WordStem.Of("organisation"), WordStem.Of("organise"));
        Assert.NotEqual(WordStem.Of("national"), WordStem.Of("native"));
        output.WriteLine($"{words.Length:N0} words stemmed alike");
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// Search forgives: the queries a practitioner types when they mean a word the toolkit uses (a typo, a US
    /// spelling, a joined or spaced compound, two words of which one page holds only one), and a generated
    /// misspelling of every indexed word of five letters or more, find a page holding that word, on the server and
    /// in the export alike.
    /// </summary>
    [BrowserFact]
    public async Task MisspelledAndOtherwiseSpelledQueriesFindTheWordOnTheServerAndInTheExport()
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(StaticExport.Folder, "search", "index.html")).AbsoluteUri);
        await page.WaitForFunctionAsync("() => typeof ToolkitSearch === 'object' && window.toolkitSearchIndex");
        var catalogue = site.Current.Search;

        // Each word the content uses, as written, once per term; a letter dropped from the middle (or two swapped).
        var surfaces = site.Current.Content.Documents.Where(d => !d.IsHome)
            .SelectMany(d => SearchWords.Split(d.PlainText).Select(w => d.PlainText.Substring(w.Start, w.Length).ToLowerInvariant()))
            .Where(w => w.Length >= 5 && w.All(char.IsAsciiLetterLower))
            .DistinctBy(SearchWords.TermOf).ToList();
        var misspelt = surfaces.Select((w, i) => (Word: w, Typo: i % 2 == 0 ? w.Remove(w.Length / 2, 1) : w[..2] + w[3] + w[2] + w[4..]))
            .Where(p => SearchWords.TermOf(p.Typo) != SearchWords.TermOf(p.Word)).ToList();
        var queries = new[] { "reflectve", "organization", "multiagency", "multi agency", "team culture" }.Concat(misspelt.Select(p => p.Typo)).ToArray();

        var browserAnswers = await page.EvaluateAsync<JsonElement>(
            "queries => queries.map(q => ToolkitSearch.search(window.toolkitSearchIndex, q).matches.map(m => `${m.page.url} ${m.hasEveryWord} ${m.snippetHtml}`).join('\\n'))", queries);
        var disagreements = queries.Zip(browserAnswers.EnumerateArray().Select(e => e.GetString()))
            .Select(p => (Query: p.First, Server: string.Join('\n', catalogue.Search(p.First).Matches.Select(m => $"{m.Document.Url} {m.HasEveryWord.ToString().ToLowerInvariant()} {m.SnippetHtml}")), Browser: p.Second))
            .Where(p => p.Server != p.Browser)
            .Select(p => $"{JsonSerializer.Serialize(p.Query)}:\n  server  {p.Server}\n  browser {p.Browser}")
            .Take(3).ToList();
        Assert.True(disagreements.Count == 0, string.Join('\n', disagreements));

        Assert.Contains(catalogue.Search("reflectve").Matches, m => m.HasEveryWord && m.Document.Title.Contains("Reflective", StringComparison.Ordinal));
        Assert.Contains(catalogue.Search("organization").Matches, m => m.HasEveryWord && m.Document.Title.Contains("Organisational", StringComparison.Ordinal));
        Assert.Contains(catalogue.Search("multiagency").Matches, m => m.HasEveryWord && m.Document.Title.Contains("Multi", StringComparison.Ordinal));
        Assert.NotEmpty(catalogue.Search("team culture").Matches);

        var missed = misspelt.Where(p => !catalogue.Search(p.Typo).Matches.Any(m => SearchWords.TermsOf(m.Document.PlainText).Contains(SearchWords.TermOf(p.Word)))).ToList();
        output.WriteLine($"{misspelt.Count} misspellings of {surfaces.Count} words; {misspelt.Count - missed.Count} found their word; missed: {string.Join(", ", missed.Take(10).Select(p => $"{p.Typo}→{p.Word}"))}");
        Assert.Empty(missed);
        await page.Context.CloseAsync();
    }

    /// <summary>The server's answer written as the browser's is above: matches, corrections and any "Did you mean".</summary>
    private static string ServerAnswer(SearchResults results) => string.Join('\n', [
        .. results.Matches.Select(m => $"{m.Document.Url} {m.SnippetHtml}"),
        .. results.Corrections.Select(c => $"{c.Typed}>{c.Meant}"),
        $"?{results.DidYouMean ?? "null"}",
    ]);

    /// <summary>Letters with and without accents, decomposed marks, Greek and Turkish capitals, digits, punctuation, odd spaces.</summary>
    private static readonly Gen<string> Texts = Gen.String[Gen.OneOf(
        Gen.Char["aeiorstnlmcdgpuy"], Gen.Char["AEIOUSTZ"], Gen.Const('é'), Gen.Const('É'), Gen.Const('ß'), Gen.Const('\u0301'), Gen.Const('\u0308'),
        Gen.Const('Σ'), Gen.Const('ς'), Gen.Const('İ'), Gen.Const('ı'), Gen.Const('Ω'), Gen.Char['0', '9'], Gen.Const('²'), Gen.Const('½'),
        Gen.Char[" .,;:!?'\"-()/&<>"], Gen.Const('\u00A0'), Gen.Const('\u2028'), Gen.Const('\u0085'), Gen.Const('\t'), Gen.Const('\n'),
        Gen.Const('\uFEFF'), Gen.Const('\u200B'), Gen.Const('ﬁ'), Gen.Const('Ǆ')), 0, 60];

    private const int GeneratedWords = 20_000;

    /// <summary>The words Snowball English treats specially, and the prefixes whose region it fixes.</summary>
    private static readonly string[] SnowballExceptions =
    [
        "skis", "skies", "dying", "lying", "tying", "idly", "gently", "ugly", "early", "only", "singly", "sky", "news",
        "howe", "atlas", "cosmos", "bias", "andes", "inning", "innings", "outing", "outings", "canning", "cannings",
        "herring", "herrings", "earring", "earrings", "proceed", "proceeds", "exceed", "succeeded", "generous",
        "generation", "communication", "communism", "arsenal", "arsenic", "yes", "eyes", "say", "cry", "by", "ay",
    ];

    private static readonly string[] Syllables = ["re", "flect", "or", "gan", "team", "prac", "tic", "sup", "port", "y", "a", "e", "cr", "bl", "str", "i", "u", "oo", "ee", "ss", "ll", "b", "d", "f", "g", "m", "n", "p", "r", "t", "w", "x"];

    private static readonly string[] SnowballSuffixes =
    [
        "sses", "ied", "ies", "s", "us", "ss", "eed", "eedly", "ed", "edly", "ing", "ingly", "y", "tional", "enci", "anci",
        "abli", "entli", "izer", "ization", "ational", "ation", "ator", "alism", "aliti", "alli", "fulness", "ousli",
        "ousness", "iveness", "iviti", "biliti", "bli", "ogi", "fulli", "lessli", "li", "alize", "icate", "iciti", "ical",
        "ful", "ness", "ative", "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism",
        "ate", "iti", "ous", "ive", "ize", "ion", "sion", "tion", "e", "l", "'", "'s", "'s'",
    ];

    private static readonly Gen<string> EnglishShapedWords = Gen.Select(
        Gen.Int[0, Syllables.Length - 1].Array[1, 4].Select(ix => string.Concat(ix.Select(i => Syllables[i]))),
        Gen.Int[0, SnowballSuffixes.Length - 1].Array[0, 3].Select(ix => string.Concat(ix.Select(i => SnowballSuffixes[i]))),
        (body, suffixes) => body + suffixes);

    /// <summary>Words of the toolkit's own pages (with endings added and changed) mixed with generated ones.</summary>
    private static readonly string[] Vocabulary =
    [
        .. Directory.GetFiles(TestPaths.RepoContent, "*.md", SearchOption.AllDirectories)
            .SelectMany(f => File.ReadAllText(f).Split([' ', '\n', '.', ',', ':', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length > 2).Distinct().Order(StringComparer.Ordinal),
    ];

    private static readonly string[] Endings = ["s", "ing", "ion", "ive", "al", "ly", "ness", "es", "ed", "IES", "É"];

    private static readonly Gen<string> Queries = Gen.OneOf(
        Gen.Int[0, Vocabulary.Length - 1].Array[1, 3].Select(ix => string.Join(' ', ix.Select(i => Vocabulary[i]))),
        Gen.Select(Gen.Int[0, Vocabulary.Length - 1], Gen.Int[0, Endings.Length - 1].Select(e => Endings[e]), (i, end) => Vocabulary[i] + end),
        Texts);
}
