using System.Text;
using System.Text.Json;

namespace InformingFutures.Web.Tests.Site;

/// <summary>
/// A toolkit a hundred times the size of today's (3,000 pages in 30 resources, each with headings, a list and a
/// table), served by the site as its own process with its shipped runtime settings: every page loads and serves.
/// A fixed heap ceiling once made exactly this fail with OutOfMemoryException while the site reported healthy.
/// </summary>
public sealed class LargeContentFolderTests : IDisposable
{
    private const int Sections = 30;
    private const int PagesPerSection = 100;

    private readonly string _content = Path.Combine(Path.GetTempPath(), "toolkit-large-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task ThreeThousandPagesAllLoadAndServe()
    {
        Generate();
        // With a public address, so the sitemap and the feed are served too.
        using var site = new SiteProcess(_content, ("Site__PublicUrl", "https://toolkit.example.org"));
        using var client = new HttpClient { BaseAddress = await site.AddressAsync(), Timeout = TimeSpan.FromMinutes(2) };

        using var ready = JsonDocument.Parse(await client.GetStringAsync("/healthz/ready"));
        var data = ready.RootElement.GetProperty("entries").GetProperty("content").GetProperty("data");

        Assert.Equal(1 + Sections * (PagesPerSection + 1), data.GetProperty("documents").GetInt32());
        Assert.Equal("Healthy", ready.RootElement.GetProperty("status").GetString());
        foreach (var address in new[]
        {
            "/section-30/page-100", "/section-1", "/section-15/present", "/section-15/present/presenter", "/section-15/handout",
            "/section-2/page-7/present/handout", "/search?q=reflect", "/search?q=refelct", "/search-index.js", "/sw.js", "/sitemap.xml", "/feed.xml",
            "/share-card/section-30/page-100.png", "/offline",
        })
        {
            using var response = await client.GetAsync(address);
            Assert.True(response.IsSuccessStatusCode, $"{address} answered {(int)response.StatusCode}");
        }

        Assert.DoesNotContain(site.Lines, l => l.Contains("OutOfMemory", StringComparison.Ordinal));
    }

    private void Generate()
    {
        Directory.CreateDirectory(_content);
        File.WriteAllText(Path.Combine(_content, "index.md"), "---\ntitle: A large toolkit\nsummary: Thirty resources.\n---\n\nHome.\n");
        for (var s = 1; s <= Sections; s++)
        {
            var folder = Path.Combine(_content, $"section-{s}");
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "index.md"), $"---\ntitle: Resource {s}\nsummary: Resource {s} of the large toolkit.\norder: {s}\n---\n\nOverview of resource {s}.\n");
            for (var p = 1; p <= PagesPerSection; p++)
            {
                var page = new StringBuilder($"---\ntitle: Page {p} of resource {s}\nsummary: A generated page.\norder: {p}\n---\n\n");
                for (var h = 1; h <= 3; h++)
                {
                    page.Append($"## Part {h}\n\nPractitioners reflect on their work with young people, page {p}, part {h}. Teams, organisations and partners learn together.\n\n");
                    page.Append("- Meet regularly\n- Agree what is confidential\n- Share what was learned\n\n");
                }

                page.Append("| Who | How often |\n| --- | --- |\n| Team | Monthly |\n| Partners | Quarterly |\n");
                File.WriteAllText(Path.Combine(folder, $"page-{p}.md"), page.ToString());
            }
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_content))
        {
            Directory.Delete(_content, recursive: true);
        }
    }
}
