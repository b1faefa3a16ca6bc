using System.Text;
using AngleSharp.Html.Parser;

namespace InformingFutures.Web.Tests.Infrastructure;

/// <summary>Whatever lands in the content folder, the site starts, serves every good page and names every bad file.</summary>
public sealed class HostileContentTests : IDisposable
{
    private static readonly string[] GoodPages =
        ["/", "/alpha", "/alpha/first", "/alpha/second", "/alpha/bom", "/alpha/crlf", "/alpha/front-only", "/alpha/links", "/alpha/html"];

    private static readonly string[] BadFiles =
        ["alpha/malformed.md", "alpha/deep.md", "alpha/huge.md", "alpha/binary.md", "alpha/empty.md", "alpha/first.MD", "alpha/links.md"];

    private readonly TempContent _content = new("good");
    private readonly string _outside = Path.Combine(Path.GetTempPath(), $"if-secret-{Guid.NewGuid():N}.md");

    public HostileContentTests()
    {
        _content.Write("alpha/malformed.md", "---\ntitle: [unclosed\nsummary: x\n---\n");
        _content.Write("alpha/deep.md", "---\ntitle: Deep\nsummary: x\nnest: " + new string('[', 20_000) + new string(']', 20_000) + "\n---\n");
        _content.Write("alpha/huge.md", "---\ntitle: Huge\nsummary: x\n---\n\n" + new string('a', 3 * 1024 * 1024));
        File.WriteAllBytes(_content.PathOf("alpha/binary.md"), [.. Encoding.ASCII.GetBytes("---\ntitle: Binary\n---\n"), 0xFF, 0xFE, 0xC3, 0x28]);
        File.WriteAllBytes(_content.PathOf("alpha/bom.md"), [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("---\ntitle: With a BOM\nsummary: x\n---\n\nBOM body.\n")]);
        _content.Write("alpha/crlf.md", "---\r\ntitle: Windows lines\r\nsummary: x\r\n---\r\n\r\nCRLF body.\r\n");
        _content.Write("alpha/empty.md", "");
        _content.Write("alpha/front-only.md", "---\ntitle: Only front matter\nsummary: x\n---\n");
        _content.Write("alpha/links.md", File.ReadAllText(Path.Combine(TestPaths.Fixture("hostile"), "sec", "index.md")));
        _content.Write("alpha/html.md", "---\ntitle: Raw HTML\nsummary: x\n---\n\n<script>alert(1)</script>\n\n<div onclick=\"alert(2)\">hi</div> <iframe src=\"https://example.org\"></iframe>\n");
        _content.Write("alpha/first.MD", "---\ntitle: Impostor\nsummary: x\n---\n");
        File.WriteAllText(_outside, "---\ntitle: Secret from outside\nsummary: x\n---\n\nSECRET\n");
        File.CreateSymbolicLink(_content.PathOf("alpha/secret.md"), _outside);
    }

    [Fact]
    public async Task SiteStartsServesEveryGoodPageAndNamesEveryBadFile()
    {
        using var site = new ToolkitFactory(_content.Root);
        var client = site.CreatePlainClient();

        foreach (var url in GoodPages)
        {
            Assert.True((await client.GetAsync(url)).StatusCode == HttpStatusCode.OK, $"{url} is not served");
        }

        foreach (var url in new[] { "/alpha/malformed", "/alpha/deep", "/alpha/huge", "/alpha/binary", "/alpha/empty", "/alpha/secret" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
        }

        var health = await client.GetStringAsync("/healthz");
        Assert.StartsWith("Degraded", health);
        Assert.All(BadFiles, file => Assert.Contains(file + ":", health));
        Assert.Contains("limit is 262,144", health);
        Assert.Contains("nested more than", health);
        Assert.Contains("not valid UTF-8", health);
        Assert.DoesNotContain("SECRET", await client.GetStringAsync("/alpha"));
    }

    [Fact]
    public async Task HostileMarkupIsServedInert()
    {
        using var site = new ToolkitFactory(_content.Root);

        foreach (var url in new[] { "/alpha/links", "/alpha/html" })
        {
            var html = new HtmlParser().ParseDocument(await site.CreatePlainClient().GetStringAsync(url));
            var main = html.QuerySelector("main")!;
            Assert.Empty(main.QuerySelectorAll("script, iframe, object, embed"));
            Assert.DoesNotContain(main.QuerySelectorAll("*"), e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
            Assert.All(main.QuerySelectorAll("[href], [src]"), e => Assert.True(LinkSafety.IsSafe(e.GetAttribute("href") ?? e.GetAttribute("src")), e.OuterHtml));
        }
    }

    [Fact]
    public async Task ABrokenEditKeepsTheLastGoodPageOnline()
    {
        using var site = new ToolkitFactory(_content.Root);
        var client = site.CreatePlainClient();
        Assert.Contains("First benefit.", await client.GetStringAsync("/alpha/first"));

        _content.Write("alpha/first.md", "---\ntitle: [oops\n---\n");

        Assert.True(await ContentTestHost.EventuallyAsync(async () => (await client.GetStringAsync("/healthz")).Contains("alpha/first.md:"), ContentTestHost.ReloadLimit));
        var page = await client.GetAsync("/alpha/first");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("First benefit.", await page.Content.ReadAsStringAsync());
    }

    public void Dispose()
    {
        _content.Dispose();
        File.Delete(_outside);
    }
}
