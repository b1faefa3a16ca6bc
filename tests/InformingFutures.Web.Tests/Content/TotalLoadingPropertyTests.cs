using CsCheck;
using InformingFutures.Web.Attribution;
using InformingFutures.Web.Editorial;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace InformingFutures.Web.Tests.Content;

/// <summary>
/// Loading is total: whatever bytes a content file holds, the parser answers (a document, or problems that say
/// file:line:column) in good time, and the rest of the site still loads. Inputs are generated from the real content.
/// </summary>
public sealed class TotalLoadingPropertyTests(ITestOutputHelper output)
{
    // Iterations are fixed, not timed, so the closing note can say how many inputs ran; the time bound per input is
    // generous (a real hang runs for minutes), so a slow machine does not fail the test.
    private const int MutatedInputs = 10_000;
    private const int ExtremeInputs = 300;
    private const int FolderLoads = 200;
    private static readonly TimeSpan PerInput = TimeSpan.FromSeconds(60);

    // One container for all the folder loads; its log is quiet, as the test reads the problems themselves.
    private static readonly Lazy<TestSite> Site = new(() => new TestSite(TestPaths.Fixture("good"), settings: ("Serilog:MinimumLevel:Default", "Fatal")));

    [Fact]
    public void AnyDamagedFileIsAnsweredWithADocumentOrPlacedProblems() =>
        AssertEveryInputIsTotal(ContentMutations.Mutated, MutatedInputs, threads: -1, "mutated inputs");

    // One at a time: several 1 MiB parses at once on a 2-core machine measure the machine, not the parser.
    [Fact]
    public void AnyConstructRepeatedOrNestedToTheFileLimitIsAnsweredInGoodTime() =>
        AssertEveryInputIsTotal(ContentMutations.Extreme, ExtremeInputs, threads: 1, "extreme inputs (up to 1 MiB)");

    private void AssertEveryInputIsTotal(Gen<byte[]> inputs, int count, int threads, string what)
    {
        var tried = 0;
        inputs.Sample(bytes =>
        {
            Interlocked.Increment(ref tried);
            AssertTotal(bytes);
        }, iter: count, threads: threads, print: Describe);

        output.WriteLine($"{tried:N0} {what} parsed");
        Assert.Equal(count, tried);
    }

    [Fact]
    public void OneBrokenFileNeverTakesTheGoodPagesDownWithIt()
    {
        var good = TestPaths.Fixture("good");
        var goodUrls = LoadFolder(good).Documents.Select(d => d.Url).ToList();
        Assert.NotEmpty(goodUrls);
        var tried = 0;

        Gen.Select(ContentMutations.Mutated, Gen.Int[0, 2]).Sample(input =>
        {
            var (bytes, where) = input;
            Interlocked.Increment(ref tried);
            using var folder = new TempContent("good");
            var relative = where switch { 0 => "alpha/broken.md", 1 => "beta/index.md", _ => "alpha/zz-page.md" };
            Directory.CreateDirectory(Path.GetDirectoryName(folder.PathOf(relative))!);
            File.WriteAllBytes(folder.PathOf(relative), bytes);

            var site = LoadSite(folder.Root);
            var snapshot = site.Content;

            // A page may leave only because the file made its section a draft or scheduled it, and then the checker says so.
            Assert.All(goodUrls, url => Assert.True(
                snapshot.Documents.Any(d => d.Url == url) || snapshot.Problems.Any(p => p.Severity == ProblemSeverity.Notice && p.Message.Contains(url + " ", StringComparison.Ordinal)),
                $"{url} is gone without a word"));
            Assert.All(snapshot.Problems, p => Assert.True(p.Line >= 1 && p.Column >= 1, p.ToString()));
            Assert.Contains("<feed", UpdatesFeed.Write(site, "https://toolkit.example.org", Site.Value.Services.GetRequiredService<IOptions<AttributionOptions>>().Value));
        }, iter: FolderLoads, print: input => Describe(input.Item1));

        output.WriteLine($"{tried:N0} folders with one mutated file loaded");
    }

    private static void AssertTotal(byte[] bytes)
    {
        var result = GeneratedCrasherTests.ParseWithin(PerInput, "sec/page.md", bytes);
        Assert.True(result.Document is not null || result.Problems.Any(p => p.LeavesFileOut), "a file left out must say why");
        Assert.All(result.Problems, p =>
        {
            Assert.Equal("sec/page.md", p.Path);
            Assert.True(p.Line >= 1 && p.Column >= 1, p.ToString());
        });
    }

    /// <summary>Loads a folder with the site's own snapshot builder, from the app's container.</summary>
    private static ContentSnapshot LoadFolder(string root) => LoadSite(root).Content;

    private static SiteSnapshot LoadSite(string root)
    {
        using var files = new PhysicalFileProvider(root);
        var builder = Site.Value.Services.GetRequiredService<SiteBuilder>();
        return builder.Build(files, builder.Empty);
    }

    private static string Describe(byte[] bytes) => $"{bytes.Length:N0} bytes: {GeneratedCrasherTests.Preview(bytes)}";
}
