namespace InformingFutures.Web.Tests.Pages;

[Collection(SiteCollection.Name)]
public sealed class ContentPagesTests(RepoSiteFactory site)
{
    [Theory]
    [InlineData("/", "Informing Futures toolkit")]
    [InlineData("/reflective-practice", "Models of Reflective Practice")]
    [InlineData("/reflective-practice/team", "Team Reflective Practice")]
    [InlineData("/reflective-practice/organisational", "Organisational Reflective Practice")]
    [InlineData("/reflective-practice/multi-agency", "Multi Agency Reflective Practice")]
    [InlineData("/about", "About this toolkit")]
    public async Task EachPageAnswersWithItsHeading(string url, string heading)
    {
        var (response, html) = await site.GetHtmlAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(heading, html.QuerySelector("h1")?.TextContent.Trim());
        Assert.StartsWith(heading, html.Title);
        Assert.False(string.IsNullOrWhiteSpace(html.QuerySelector("meta[name=description]")?.GetAttribute("content")), $"{url} has no meta description");
    }

    [Fact]
    public async Task SourceText_ModelPagesHoldTheCharitysWordingWordForWord()
    {
        foreach (var model in SourceText.Models)
        {
            var (_, html) = await site.GetHtmlAsync(model.Url);
            var main = html.QuerySelector("main")!.TextContent;

            Assert.Contains(model.Benefits, main);
            Assert.Contains(model.Challenges, main);
            Assert.Equal(["Benefits", "Challenges"], html.QuerySelectorAll("main .prose h2").Select(h => h.TextContent));
        }
    }

    [Fact]
    public async Task SourceText_OverviewComparesTheCharitysModelsFromTheirOwnFiles()
    {
        var (_, html) = await site.GetHtmlAsync("/reflective-practice");

        Assert.Contains(SourceText.Introduction, html.QuerySelector("main")!.TextContent);
        var rows = html.QuerySelectorAll(".comparison-table tbody tr");
        Assert.Equal(SourceText.Models.Select(m => m.Title), rows.Select(r => r.QuerySelector("th")!.TextContent.Trim()));
        for (var i = 0; i < rows.Length; i++)
        {
            var cells = rows[i].QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray();
            Assert.Equal([SourceText.Models[i].Benefits, SourceText.Models[i].Challenges], cells);
        }
    }

    [Fact]
    public async Task ComparisonTableFollowsTheModelFilesNotTheRepositoryText()
    {
        using var fixtureSite = new ToolkitFactory(TestPaths.Fixture("good"));

        var (_, html) = await fixtureSite.GetHtmlAsync("/alpha");

        Assert.Equal(["First benefit.", "Second benefit."], html.QuerySelectorAll(".comparison-table td[data-label=Benefits]").Select(td => td.TextContent.Trim()));
    }

    [Fact]
    public async Task SourceText_AboutPageGivesTheCharitysTermsCopyrightAndContactInFull()
    {
        var (_, html) = await site.GetHtmlAsync("/about");
        var main = html.QuerySelector("main")!.TextContent;

        Assert.Contains(SourceText.Terms, main);
        Assert.Contains(SourceText.CopyrightNotice, main);
        Assert.Contains(SourceText.Contact, System.Text.RegularExpressions.Regex.Replace(main, @"\s+", " "));
        Assert.NotNull(html.QuerySelector("main a[href='mailto:enquiries@1625ip.co.uk']"));
    }

    [Fact]
    public async Task TheAboutPagesFooterKeepsTheNoticeButDoesNotRepeatTheContactAndFundingAboveIt()
    {
        var (_, about) = await site.GetHtmlAsync("/about");
        var (_, team) = await site.GetHtmlAsync("/reflective-practice/team");

        AttributionAssert.Carries(about, "/about");
        var footer = about.QuerySelector("footer[data-attribution]")!.TextContent;
        Assert.DoesNotContain("enquiries@1625ip.co.uk", footer);
        Assert.DoesNotContain("National Lottery", footer);
        // Every other page's footer gives them.
        Assert.Contains("enquiries@1625ip.co.uk", team.QuerySelector("footer[data-attribution]")!.TextContent);
        Assert.Contains("National Lottery", team.QuerySelector("footer[data-attribution]")!.TextContent);
    }

    [Fact]
    public async Task ContentPagesHaveBreadcrumbsAndASkipLink()
    {
        var (_, html) = await site.GetHtmlAsync("/reflective-practice/team");

        Assert.Equal(["Home", "Models of Reflective Practice", "Team Reflective Practice"],
            html.QuerySelectorAll("nav.breadcrumbs li").Select(li => li.TextContent.Trim()));
        var skip = html.QuerySelector("body > a.skip-link");
        Assert.Equal("#main", skip?.GetAttribute("href"));
        Assert.NotNull(html.GetElementById("main"));
    }
}
