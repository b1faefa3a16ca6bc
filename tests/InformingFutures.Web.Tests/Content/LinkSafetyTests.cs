using AngleSharp.Html.Parser;

namespace InformingFutures.Web.Tests.Content;

public sealed class LinkSafetyTests
{
    [Theory]
    [InlineData("https://example.org/", true)]
    [InlineData("http://example.org/", true)]
    [InlineData("mailto:someone@example.org", true)]
    [InlineData("/reflective-practice/team", true)]
    [InlineData("team", true)]
    [InlineData("#benefits", true)]
    [InlineData("notes/a:b", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("JavaScript:alert(1)", false)]
    [InlineData(" javascript:alert(1)", false)]
    [InlineData("java\tscript:alert(1)", false)]
    [InlineData("data:text/html,<script>", false)]
    [InlineData("vbscript:msgbox(1)", false)]
    [InlineData("file:///etc/passwd", false)]
    public void AllowsOnlyHttpHttpsMailtoAndRelativeUrls(string url, bool safe) =>
        Assert.Equal(safe, LinkSafety.IsSafe(url));

    [Fact]
    public void HostileMarkdownRendersNoScriptableLinkImageOrElement()
    {
        var markdown = File.ReadAllText(Path.Combine(TestPaths.Fixture("hostile"), "sec", "index.md"));

        var html = ContentTestHost.Parse(markdown, "sec/index.md").Document!.Html;
        var dom = new HtmlParser().ParseFragment($"<div>{html}</div>", null!);
        var elements = dom.SelectMany(n => n is AngleSharp.Dom.IElement e ? e.QuerySelectorAll("*").Prepend(e) : []).ToList();

        Assert.DoesNotContain(elements, e => e.LocalName is "script" or "img" && e.GetAttribute("src") is { } src && !LinkSafety.IsSafe(src));
        Assert.DoesNotContain(elements, e => e.LocalName == "script");
        Assert.DoesNotContain(elements, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        var hrefs = elements.Select(e => e.GetAttribute("href")).OfType<string>().ToList();
        Assert.All(hrefs, href => Assert.True(LinkSafety.IsSafe(href), href));
        Assert.Equal(["https://example.org/", "/alpha", "mailto:someone@example.org", "#top", "notes/a:b"], hrefs);
        Assert.Contains("&lt;script&gt;alert(7)&lt;/script&gt;", html);
        Assert.Contains("inline", html); // the link text survives as plain text
    }
}
