using AngleSharp.Html.Dom;

namespace InformingFutures.Web.Tests.Support;

public static class AttributionAssert
{
    /// <summary>The charity's terms: the notice word for word, and a visible link to its website.</summary>
    public static void Carries(IHtmlDocument page, string url)
    {
        var footer = page.QuerySelector("footer[data-attribution]");
        Assert.True(footer is not null, $"{url}: no attribution footer");
        Assert.True(footer!.TextContent.Contains(SourceText.CopyrightNotice, StringComparison.Ordinal), $"{url}: footer lacks the copyright notice");
        var link = footer.QuerySelectorAll("a").FirstOrDefault(a => a.GetAttribute("href") == SourceText.WebsiteUrl);
        Assert.True(link is not null && link.TextContent.Trim().Length > 0, $"{url}: footer lacks a visible link to {SourceText.WebsiteUrl}");
    }
}
