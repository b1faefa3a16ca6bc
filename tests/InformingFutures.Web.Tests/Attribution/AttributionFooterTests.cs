using Bunit;
using InformingFutures.Web.Attribution;
using Microsoft.Extensions.Options;

namespace InformingFutures.Web.Tests.Attribution;

public sealed class AttributionFooterTests : BunitContext
{
    public static readonly AttributionOptions Sample = new()
    {
        SiteName = "Informing Futures toolkit",
        CopyrightNotice = "Copyright© 2020. Informing Futures is a 1625 Independent People project.",
        WebsiteUrl = "http://www.informingfutures.co.uk",
        WebsiteLabel = "www.informingfutures.co.uk",
        FundingStatement = "This resource was funded by The National Lottery Community Fund.",
        TermsOfUse = "You may not sell this work.",
    };

    public AttributionFooterTests() => Services.AddSingleton(Options.Create(Sample));

    [Fact]
    public void ShowsTheCopyrightNoticeWordForWord()
    {
        var footer = Render<AttributionFooter>();

        Assert.Equal(Sample.CopyrightNotice, footer.Find(".copyright-notice").TextContent);
    }

    [Fact]
    public void LinksVisiblyToTheInformingFuturesWebsite()
    {
        var footer = Render<AttributionFooter>();

        var link = footer.Find("a.website-link");
        Assert.Equal("http://www.informingfutures.co.uk", link.GetAttribute("href"));
        Assert.Equal("www.informingfutures.co.uk", link.TextContent);
    }

    [Fact]
    public void ShowsTheFundingStatementAndLinksToThePagesAboutTheSiteItIsGiven()
    {
        var footer = Render<AttributionFooter>(p => p.Add(f => f.Links, [("About", "/about"), ("Accessibility statement", "/accessibility")]));

        Assert.Equal(Sample.FundingStatement, footer.Find(".funding").TextContent);
        Assert.Equal(["/about", "/accessibility"], footer.FindAll(".footer-links a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void LinksToNoPageItIsNotGiven()
    {
        var footer = Render<AttributionFooter>(p => p.Add(f => f.Links, [("About", "/about")]));

        Assert.DoesNotContain(footer.FindAll("a"), a => a.GetAttribute("href") == "/accessibility");
    }
}
