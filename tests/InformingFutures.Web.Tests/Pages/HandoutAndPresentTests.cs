using System.Text.RegularExpressions;

namespace InformingFutures.Web.Tests.Pages;

[Collection(SiteCollection.Name)]
public sealed class HandoutAndPresentTests(RepoSiteFactory site)
{
    [Fact]
    public async Task SourceText_HandoutHoldsTheCharitysIntroductionAndEveryBenefitAndChallengeOnce()
    {
        var (response, html) = await site.GetHtmlAsync("/reflective-practice/handout");
        var text = html.QuerySelector("main")!.TextContent;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(Regex.Matches(text, Regex.Escape(SourceText.Introduction)));
        foreach (var model in SourceText.Models)
        {
            Assert.Single(Regex.Matches(text, Regex.Escape(model.Benefits)));
            Assert.Single(Regex.Matches(text, Regex.Escape(model.Challenges)));
        }
    }

    [Fact]
    public async Task SectionPagesLinkToTheirHandoutAndPresentation()
    {
        var (_, overview) = await site.GetHtmlAsync("/reflective-practice");
        var (_, model) = await site.GetHtmlAsync("/reflective-practice/team");

        Assert.NotNull(overview.QuerySelector(".page-tools a[href='/reflective-practice/handout']"));
        Assert.NotNull(overview.QuerySelector(".page-tools a[href='/reflective-practice/present']"));
        Assert.NotNull(model.QuerySelector(".page-tools a[href='/reflective-practice/team/present']"));
    }

    [Fact]
    public async Task SectionDeckHasTitleIntroductionModelsComparisonAndSourceSlides()
    {
        var (_, html) = await site.GetHtmlAsync("/reflective-practice/present");

        Assert.Equal(
            ["Models of Reflective Practice", "Introduction", "Team Reflective Practice", "Organisational Reflective Practice",
             "Multi Agency Reflective Practice", "Comparing the benefits", "Comparing the challenges", "Source and terms of use"],
            html.QuerySelectorAll("section.slide").Select(s => s.GetAttribute("aria-label")));
        Assert.All(html.QuerySelectorAll("section.slide"), slide =>
            Assert.True(slide.QuerySelector(".slide-attribution a[href='http://www.informingfutures.co.uk']") is not null || slide.QuerySelector(".site-footer") is not null));
        Assert.Equal("/reflective-practice", html.GetElementById("deck")?.GetAttribute("data-return-url"));
    }

    [Fact]
    public async Task ModelDeckIsSplitAtItsSections()
    {
        var (_, html) = await site.GetHtmlAsync("/reflective-practice/team/present");

        Assert.Equal(["Team Reflective Practice", "Benefits", "Challenges", "Source and terms of use"],
            html.QuerySelectorAll("section.slide").Select(s => s.GetAttribute("aria-label")));
        Assert.Equal("/reflective-practice/team", html.GetElementById("deck")?.GetAttribute("data-return-url"));
    }

    [Theory]
    [InlineData("/nope/handout")]
    [InlineData("/nope/present")]
    [InlineData("/reflective-practice/nope/present")]
    [InlineData("/reflective-practice/team/handout")]
    public async Task ViewsOfMissingContentAreNotFound(string url)
    {
        var (response, html) = await site.GetHtmlAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        AttributionAssert.Carries(html, url);
    }

    [Fact]
    public async Task EveryPrintedSheetCarriesTheNoticeWebsiteAndPageAddressOnceEach()
    {
        var (_, html) = await site.GetHtmlAsync("/reflective-practice/team");

        var lines = html.QuerySelectorAll("[data-print-footer] p").Select(p => p.TextContent).ToList();
        Assert.Equal(
        [
            "Copyright© 2020. Informing Futures is a 1625 Independent People project. · www.informingfutures.co.uk",
            "no updates recorded · latest version:",
            "https://charity.github.io/informing-futures/reflective-practice/team",
        ], lines);
        Assert.NotNull(html.QuerySelector("[data-print-footer] span[data-printed-on]")); // filled with the day it is printed, by the reader's browser
        Assert.NotNull(html.QuerySelector("[data-print-footer] .print-qr svg"));
    }

    [Fact]
    public async Task ThePrintFooterNeverWritesTheRequestsHost()
    {
        var context = await site.Server.SendAsync(c =>
        {
            c.Request.Method = "GET";
            c.Request.Path = "/";
            c.Request.Host = new Microsoft.AspNetCore.Http.HostString("evil.example");
        });
        var html = await new StreamReader(context.Response.Body).ReadToEndAsync();

        Assert.DoesNotContain("evil", html);
        Assert.Contains("https://charity.github.io/informing-futures/", html);
    }

    [Fact]
    public async Task AnErrorPagesPrintFooterNamesTheWebsiteButNoPage()
    {
        var (_, html) = await site.GetHtmlAsync("/no-such-page");

        var footer = html.QuerySelector("[data-print-footer]")!.TextContent;
        Assert.DoesNotContain(RepoSiteFactory.PublicUrl, footer);
        Assert.Contains("www.informingfutures.co.uk", footer);
    }
}
