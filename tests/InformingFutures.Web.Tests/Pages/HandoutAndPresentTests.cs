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
    public async Task PrintFooterStylesheetWritesTheNoticeWebsiteAndPageAddress()
    {
        var css = await site.CreatePlainClient().GetStringAsync("/print-footer/reflective-practice/team.css");

        // "Printed <day> · " is the reader's browser's (--printed-on), not the server's.
        Assert.StartsWith(
            "@page { @bottom-left { content: \"Copyright© 2020. Informing Futures is a 1625 Independent People project. · www.informingfutures.co.uk\\A \"" +
            " var(--printed-on, \"\") \"no updates recorded · latest version:\\A https://charity.github.io/informing-futures/reflective-practice/team\"; } @bottom-right { content: url(\"data:image/svg+xml;base64,",
            css);
        Assert.EndsWith("\") \"\\A Page \" counter(page) \" of \" counter(pages); white-space: pre; text-align: right; } }\n", css);
    }

    [Fact]
    public async Task PrintFooterStylesheetNeverWritesTheRequestsHost()
    {
        // Kestrel refuses such a Host header itself; the stylesheet must be safe even behind a laxer server.
        var context = await site.Server.SendAsync(c =>
        {
            c.Request.Method = "GET";
            c.Request.Path = "/print-footer/index.css";
            c.Request.Host = new Microsoft.AspNetCore.Http.HostString("evil\";}body{x");
        });
        var css = await new StreamReader(context.Response.Body).ReadToEndAsync();

        Assert.DoesNotContain("evil", css);
        Assert.Contains("https://charity.github.io/informing-futures/", css);
        Assert.Equal(12, Regex.Matches(css, "(?<!\\\\)\"").Count); // only the stylesheet's own: the text (in two parts around the printed day and its empty fallback), the QR code's url(), "Page ", " of "
    }

    [Fact]
    public async Task PagesCarryTheRunningPrintLineForBrowsersWithoutMarginBoxes()
    {
        var (_, html) = await site.GetHtmlAsync("/reflective-practice/team");

        Assert.Equal(
            "Copyright© 2020. Informing Futures is a 1625 Independent People project. · www.informingfutures.co.uk · https://charity.github.io/informing-futures/reflective-practice/team",
            html.QuerySelector(".print-running-attribution p")?.TextContent);
        var stamp = html.QuerySelectorAll(".print-running-attribution p")[1];
        Assert.Equal("no updates recorded · latest version: https://charity.github.io/informing-futures/reflective-practice/team", stamp.TextContent);
        Assert.NotNull(stamp.QuerySelector("span[data-printed-on]")); // filled with the day it is printed, by the reader's browser
        Assert.NotNull(html.QuerySelector(".print-running-attribution .print-qr svg"));
        Assert.Equal("/print-footer/reflective-practice/team.css", html.QuerySelector("link[media=print]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task PrintFooterStylesheetLeavesOutAddressesItDoesNotRecognise()
    {
        var css = await site.CreatePlainClient().GetStringAsync("/print-footer/_.css");

        Assert.DoesNotContain(RepoSiteFactory.PublicUrl, css);
        Assert.Contains("www.informingfutures.co.uk", css);
    }
}
