namespace InformingFutures.Web.Tests.Content;

/// <summary>The site's Content-Security-Policy loads images only from the site, so `check` warns about one from anywhere else.</summary>
public sealed class ImageSourceTests
{
    [Theory]
    [InlineData("https://example.org/chart.png")]
    [InlineData("http://example.org/chart.png")]
    [InlineData("//example.org/chart.png")]
    public void AnImageFromAnotherSiteIsAWarningAtIt(string source)
    {
        var result = ContentTestHost.Parse($"---\ntitle: T\nsummary: S.\n---\n\nA chart: ![The chart]({source})\n");

        var problem = Assert.Single(result.Problems);
        Assert.Equal((6, 10, ProblemSeverity.Warning), (problem.Line, problem.Column, problem.Severity));
        Assert.Equal($"the image {source} is on another site, which pages never load from: it shows as broken on screen and in PDFs; remove it, or link to it instead", problem.Message);
    }

    [Theory]
    [InlineData("chart.png")]
    [InlineData("/reflective-practice/chart.png")]
    public void AnImageOfThisSiteIsNot(string source) =>
        Assert.Empty(ContentTestHost.Parse($"---\ntitle: T\nsummary: S.\n---\n\nA chart: ![The chart]({source})\n").Problems);
}
