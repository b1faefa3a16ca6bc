using System.Text;

namespace InformingFutures.Web.Tests.Content;

/// <summary>
/// Every input that once made loading throw, overflow or hang, kept as a regular test: small ones as files under
/// Fixtures/generated-crashers, large ones (up to the 1 MiB file limit) rebuilt by <see cref="PathologicalInputs"/>.
/// </summary>
public sealed class GeneratedCrasherTests
{
    // Far above any honest parse (milliseconds) and below the minutes a real hang takes, on a busy machine too.
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);

    public static TheoryData<string> CrasherFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(TestPaths.Fixture("generated-crashers"), "*.md").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CrasherFiles))]
    public void ACrasherFileIsRefusedWithAProblemThatSaysWhere(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestPaths.Fixture("generated-crashers"), name));

        var result = ParseWithin(Generous, "sec/" + name, bytes);

        // Some are refused, some (a merge key naming no anchor) are now published with a warning; all say where.
        Assert.NotEmpty(result.Problems);
        Assert.All(result.Problems, problem =>
        {
            Assert.Equal("sec/" + name, problem.Path);
            Assert.True(problem.Line >= 1 && problem.Column >= 1, problem.ToString());
            Assert.DoesNotContain("could not be read", problem.Message); // a precise reason, not the last-resort catch
        });
    }

    public static TheoryData<string> LargeInputs() => [.. PathologicalInputs.Names];

    [Theory]
    [MemberData(nameof(LargeInputs))]
    public void AOneMegabyteAttackIsAnsweredInGoodTime(string name)
    {
        var result = ParseWithin(Generous, "sec/page.md", PathologicalInputs.Build(name));

        Assert.All(result.Problems, p => Assert.True(p.Line >= 1 && p.Column >= 1, p.ToString()));
        Assert.All(result.Problems, p => Assert.DoesNotContain("could not be read", p.Message));
    }

    [Fact]
    public void DuplicateKeysAreNamedWithBothLines()
    {
        var result = ContentTestHost.Parse("---\ntitle: T\nsummary: S\ntitle: U\n---\n");

        var problem = Assert.Single(result.Problems);
        Assert.Equal("sec/page.md:4:1: error: 'title' is set twice in the front matter (first on line 2): keep one", problem.ToString());
    }

    [Fact]
    public void TooDeepMarkdownIsPointedAtWhereItGetsTooDeep()
    {
        var result = ContentTestHost.Parse("---\ntitle: T\nsummary: S\n---\n\nFine.\n\n" + new string('>', 300) + " x\n");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(8, problem.Line);
        Assert.InRange(problem.Column, 120, 140);
        Assert.StartsWith("the Markdown is nested too deeply", problem.Message);
    }

    [Fact]
    public void RepeatedHeadingsStillGetGitHubStyleIds()
    {
        var result = ContentTestHost.Parse("---\ntitle: T\nsummary: S\n---\n\n## Benefits\n\n## Benefits\n\n## Benefits-1\n\n## Benefits\n\n## !!\n");

        var html = Assert.IsType<ContentDocument>(result.Document).Html;
        Assert.Contains("id=\"benefits\"", html);
        Assert.Contains("id=\"benefits-1\"", html);
        Assert.Contains("id=\"benefits-1-1\"", html);
        Assert.Contains("id=\"benefits-2\"", html);
        Assert.Contains("id=\"section\"", html);
    }

    /// <summary>Runs the parser on another thread so a hang fails the test instead of stopping the run.</summary>
    internal static ContentParseResult ParseWithin(TimeSpan limit, string path, byte[] bytes)
    {
        var parser = ContentTestHost.Parser;
        var work = Task.Run(() => parser.Parse(path, bytes));
        if (!work.Wait(limit))
        {
            // Kept so it can become a fixture (or, if large, a PathologicalInputs entry).
            var kept = Path.Combine(Path.GetTempPath(), $"content-hang-{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes))[..12]}.md");
            File.WriteAllBytes(kept, bytes);
            Assert.Fail($"parsing {path} ({bytes.Length:N0} bytes, starting {Preview(bytes)}) took longer than {limit.TotalSeconds} s; input kept in {kept}");
        }

        return work.Result;
    }

    internal static string Preview(byte[] bytes) =>
        Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 60)).ReplaceLineEndings("⏎");
}
