using CsCheck;
using InformingFutures.Web.Commands;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace InformingFutures.Web.Tests.Content;

/// <summary>
/// Any mix of the single-file mistakes an editor can make (each of which once froze or emptied the site) leaves every
/// good page served, is reported line for line the same by `check` and the site's readiness probe, the same whether
/// the site started on the folder or had the files saved into it while running, and a later good edit is still served.
/// </summary>
public sealed class EditorMistakePropertyTests
{
    private const string Page = "---\ntitle: {0}\nsummary: S.\n---\n\n{1}\n";

    /// <summary>Each mistake, as the file it writes into a content folder.</summary>
    private static readonly (string Name, Action<TempContent> Make)[] Mistakes =
    [
        ("a pipe named like a page", c => NotARegularFileTests.Pipe(c.PathOf("alpha/pipe.md"))),
        ("a section named like the about page", c => c.Write("about/index.md", string.Format(Page, "About", "Text."))),
        ("a section named like health", c => c.Write("healthz/index.md", string.Format(Page, "Health", "Text."))),
        ("a Word line break in a title", c => c.Write("alpha/vt.md", string.Format(Page, "Line\vbreak", "Text."))),
        ("a byte that is not UTF-8", c => c.Write("alpha/latin1.md", [.. System.Text.Encoding.UTF8.GetBytes(string.Format(Page, "Caf", "Caf")), 0xE9])),
        ("more headings than the limit", c => c.Write("alpha/headings.md", string.Format(Page, "Headings", string.Concat(Enumerable.Repeat("## H\n\n", 150))))),
        ("an image from another site", c => c.Write("alpha/image.md", string.Format(Page, "Image", "![A chart](https://example.org/c.png)"))),
        ("a title of 5,000 characters", c => c.Write("alpha/long.md", string.Format(Page, new string('t', 5_000), "Text."))),
        ("a heading named like the layout's", c => c.Write("alpha/citation.md", string.Format(Page, "Citation", "## Citation\n\n## Main"))),
        ("an empty file", c => c.Write("alpha/empty.md", "")),
    ];

    [Fact]
    public void AnyMixOfMistakesLeavesTheGoodPagesServedAndIsReportedTheSameEverywhere()
    {
        var good = new TestSite(TestPaths.Fixture("good"));
        var goodUrls = good.Current.Documents.Select(d => d.Url).ToList();
        good.Dispose();

        Gen.Int[1, (1 << Mistakes.Length) - 1].Sample(mask =>
        {
            var chosen = Mistakes.Where((_, i) => (mask & (1 << i)) != 0).ToList();
            using var content = new TempContent("good");
            using var running = new TestSite(content.Root);
            chosen.ForEach(m => m.Make(content));

            // Saved into the running site, then a fresh start on the same folder.
            Task.Run(running.Index.Reload).WaitAsync(ContentTestHost.ReloadLimit).GetAwaiter().GetResult();
            using var started = new TestSite(content.Root);

            var saved = Lines(running.Current.Problems);
            Assert.Equal(saved, Lines(started.Current.Problems));
            Assert.All(goodUrls, url => Assert.NotNull(started.Current.Documents.FirstOrDefault(d => d.Url == url)));
            Assert.All(started.Current.Problems, p => Assert.True(p.Line >= 1 && p.Column >= 1, p.ToString()));
            Assert.Equal(ReadinessLines(started), CheckLines(started, content.Root));

            // A later good edit is served.
            content.Write("alpha/first.md", File.ReadAllText(content.PathOf("alpha/first.md")).Replace("title: First model", "title: First model, edited", StringComparison.Ordinal));
            Task.Run(running.Index.Reload).WaitAsync(ContentTestHost.ReloadLimit).GetAwaiter().GetResult();
            Assert.Equal("First model, edited", running.Current.Find("alpha", "first")?.Title);
        }, iter: 40, threads: 1, print: mask => string.Join(", ", Mistakes.Where((_, i) => (mask & (1 << i)) != 0).Select(m => m.Name)));
    }

    private static List<string> Lines(IEnumerable<ContentProblem> problems) =>
        [.. problems.Select(p => $"{p.Path}:{p.Line}:{p.Column}: {p.Message}").Order(StringComparer.Ordinal)];

    /// <summary>The problem lines the site's readiness probe reports.</summary>
    private static List<string> ReadinessLines(TestSite site)
    {
        var report = site.Services.GetRequiredService<HealthCheckService>()
            .CheckHealthAsync(c => c.Tags.Contains(ContentHealthCheck.ReadinessTag)).GetAwaiter().GetResult();
        return [.. (IEnumerable<string>)report.Entries["content"].Data["problems"]];
    }

    /// <summary>What `check` prints for the folder, less the folder's own path, which readiness leaves out.</summary>
    private static List<string> CheckLines(TestSite site, string root)
    {
        var output = new StringWriter();
        ContentCheckCommand.Run(site.Services, [root], output, TextWriter.Null);
        return [.. output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.StartsWith(root + "/", StringComparison.Ordinal) ? line[(root.Length + 1)..] : line.Replace(root + ": ", "", StringComparison.Ordinal))];
    }
}
