namespace InformingFutures.Web.Tests.Infrastructure;

[Collection(SiteCollection.Name)]
public sealed class ObservatoryGradeTests(RepoSiteFactory site)
{
    [Theory]
    [InlineData("/reflective-practice/team")]
    [InlineData("/no-such-page")]
    [InlineData("/reflective-practice/present")]
    public async Task HeadersEarnAnAPlusOnTheMozillaObservatoryScale(string url)
    {
        var response = await site.CreatePlainClient().GetAsync(url);
        var headers = response.Headers.Concat(response.Content.Headers).ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);

        var (score, grade, results) = ObservatoryScore.Compute(headers);

        Assert.True(grade == "A+", $"{url} scores {score} ({grade}): {string.Join("; ", results)}");
    }

    [Fact]
    public void TheScorerFailsASiteWithoutSecurityHeaders()
    {
        var (score, grade, _) = ObservatoryScore.Compute(new Dictionary<string, string> { ["Content-Type"] = "text/html" });

        Assert.Equal(30, score);
        Assert.Equal("D", grade);
    }
}
