using InformingFutures.Web.Attribution;
using InformingFutures.Web.Sharing;
using Microsoft.Extensions.Options;

namespace InformingFutures.Web.Tests.Content;

/// <summary>
/// A title is drawn on its page's share card, whose cost grows with the square of the text (a 31 KB title took 27 s):
/// a title over the limit is a warning at its line with the figures, and its card shows the limit's worth.
/// </summary>
public sealed class TitleLimitTests
{
    [Fact]
    public void ATitleOverTheLimitIsAWarningAtItsLineWithTheFigures()
    {
        var title = new string('a', 200);

        var problem = Assert.Single(ContentTestHost.Parse($"---\nsummary: S.\ntitle: {title}\n---\n\nText.\n").Problems);

        Assert.Equal((3, ProblemSeverity.Warning), (problem.Line, problem.Severity));
        Assert.Equal("the title is 200 characters; keep it to 150 (the page's share card shows the first 150)", problem.Message);
    }

    [Fact]
    public void ASummaryOverTheLimitIsAWarningAtItsLineWithTheFigures()
    {
        var problem = Assert.Single(ContentTestHost.Parse($"---\ntitle: T\nsummary: {new string('s', 301)}\n---\n\nText.\n").Problems);

        Assert.Equal((3, ProblemSeverity.Warning), (problem.Line, problem.Severity));
        Assert.Equal("the summary is 301 characters; keep it to one sentence of at most 300", problem.Message);
    }

    [Fact]
    public void ALongTitlesCardShowsTheLimitsWorthAndThePageIsServed()
    {
        using var content = new TempContent("good");
        var first = content.PathOf("alpha/first.md");
        File.WriteAllText(first, File.ReadAllText(first).Replace("title: First model", "title: " + string.Concat(Enumerable.Repeat("Reflective practice ", 1_500)).Trim(), StringComparison.Ordinal));
        using var site = new ToolkitFactory(content.Root);
        var snapshot = site.Services.GetRequiredService<LiveSnapshot>().Current;

        var card = ShareCards.TextOf(snapshot, snapshot.Routes.Find("/alpha/first")!, site.Services.GetRequiredService<IOptions<AttributionOptions>>().Value);

        Assert.Equal(150, card.Title.Length);
        Assert.EndsWith("…", card.Title);
        Assert.Contains(snapshot.Content.Problems, p => p.Path == "alpha/first.md" && p.Message.StartsWith("the title is 29,999 characters", StringComparison.Ordinal));
    }
}
