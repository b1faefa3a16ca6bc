using AngleSharp.Html.Parser;
using InformingFutures.Web.Presentation;

namespace InformingFutures.Web.Tests.Presentation;

/// <summary>Slides too long for the canvas become continuation slides, cut where a reader would expect.</summary>
public sealed class SlidePaginationTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void ASlideThatFitsIsLeftAlone()
    {
        var slide = new ProseSlide("Short", "<p>One paragraph.</p><ul><li>One point.</li></ul>");

        Assert.Same(slide, Assert.Single(SlidePagination.Paginate(slide)));
    }

    [Fact]
    public void ALongTableIsCutBetweenRowsWithItsHeaderOnEveryPart()
    {
        var rows = string.Concat(Enumerable.Range(1, 20).Select(i => $"<tr><td>Session {i}</td><td>Practitioners from housing, youth justice and health</td><td>Cases they bring</td></tr>"));
        var slide = new ProseSlide("Sessions", $"<table><thead><tr><th>Session</th><th>Who</th><th>What</th></tr></thead><tbody>{rows}</tbody></table>") { NotesHtml = "<p>Say this.</p>" };

        var parts = SlidePagination.Paginate(slide).Cast<ProseSlide>().ToList();

        Assert.InRange(parts.Count, 2, 6);
        Assert.Equal(["Sessions", .. Enumerable.Repeat("Sessions (continued)", parts.Count - 1)], parts.Select(p => p.Title));
        var tables = parts.Select(p => Parser.ParseDocument(p.Html).QuerySelector("table")!).ToList();
        Assert.All(tables, t => Assert.Equal(["Session", "Who", "What"], t.QuerySelectorAll("thead th").Select(th => th.TextContent)));
        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"Session {i}"), tables.SelectMany(t => t.QuerySelectorAll("tbody td:first-child")).Select(td => td.TextContent));
        // The notes go with the first part only, so a page's notes page grows with its length, not its square.
        Assert.Equal(["<p>Say this.</p>", .. Enumerable.Repeat<string?>(null, parts.Count - 1)], parts.Select(p => p.NotesHtml));
    }

    [Fact]
    public void ALongNumberedListIsCutBetweenItemsAndKeepsItsNumbers()
    {
        var items = string.Concat(Enumerable.Range(1, 14).Select(i => $"<li>Point {i}: agree who facilitates, how often the group meets and what is kept confidential</li>"));

        var parts = SlidePagination.Paginate(new ProseSlide("Agree", $"<ol>{items}</ol>")).Cast<ProseSlide>().ToList();

        Assert.True(parts.Count >= 2);
        var lists = parts.Select(p => Parser.ParseDocument(p.Html).QuerySelector("ol")!).ToList();
        Assert.Null(lists[0].GetAttribute("start"));
        Assert.Equal((lists[0].Children.Length + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), lists[1].GetAttribute("start"));
        Assert.Equal(14, lists.Sum(l => l.Children.Length));
    }

    [Fact]
    public void AComparisonTooLongForItsColumnsBecomesOneSlidePerModel()
    {
        var text = string.Concat(Enumerable.Repeat("<p>Practitioners meet regularly to talk through their work with young people and reflect.</p>", 8));
        var comparison = new ComparisonSlide("Comparing the benefits", [("Team", text), ("Organisational", text), ("Multi Agency", text)]);

        var parts = SlidePagination.Paginate(comparison).ToList();

        Assert.Equal(["Team", "Organisational", "Multi Agency"], parts.OfType<ProseSlide>().Where(p => !p.Title.EndsWith("(continued)", StringComparison.Ordinal)).Select(p => p.Title));
        Assert.All(parts.OfType<ProseSlide>(), p => Assert.Equal("Comparing the benefits", p.Kicker));
    }
}
