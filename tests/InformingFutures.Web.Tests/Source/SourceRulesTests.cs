using System.Text.RegularExpressions;

namespace InformingFutures.Web.Tests.Source;

/// <summary>Rules the code review set for src/, kept by a test so they do not drift back.</summary>
public sealed partial class SourceRulesTests
{
    private static string Src => Path.Combine(TestPaths.RepoRoot, "src");

    [GeneratedRegex(@"\.GetAwaiter\(\)\.GetResult\(\)|\.Result\b|\.Wait\(\)")]
    private static partial Regex BlockingOnAsync();

    [GeneratedRegex(@"null!|!\)|!\.|!;")]
    private static partial Regex QuietedNullability();

    [GeneratedRegex(@"Request\.Host|Request\.Scheme")]
    private static partial Regex RequestAddress();

    /// <summary>A quoted site address ("/about", '/_preview/') or a link to one (href="/").</summary>
    [GeneratedRegex(@"[""'`]/[a-z_][a-z0-9_./-]*[""'`]|(href|action|src)=""/")]
    private static partial Regex SiteAddress();

    [GeneratedRegex(@"^@page\s*\S")]
    private static partial Regex PageRouteTemplate();

    [Fact]
    public void NoPageDeclaresARouteTemplate() => Assert.Empty(Offending("*.cshtml", PageRouteTemplate()));

    [Fact]
    public void SiteAddressesAreWrittenOnlyInTheRouteTable()
    {
        var routeTable = Path.Combine("InformingFutures.Web", "Site", "RouteTable.cs");
        var offending = new[] { "*.cs", "*.cshtml", "*.razor", "*.js" }
            .SelectMany(pattern => Offending(pattern, SiteAddress()))
            .Where(line => !line.StartsWith(routeTable + ":", StringComparison.Ordinal))
            // The export's file names are not addresses: "/index.html" is what every exported page is called.
            .Where(line => !line.Contains("index.html", StringComparison.Ordinal));

        Assert.Empty(offending);
    }

    [Fact]
    public void NothingInSrcBlocksOnAsyncWork() => Assert.Empty(Offending("*.cs", BlockingOnAsync()).Concat(Offending("*.cshtml", BlockingOnAsync())));

    [Fact]
    public void PageModelsDoNotQuietTheNullabilityChecker()
    {
        var offending = Offending("*.cshtml.cs", QuietedNullability()).ToList();

        Assert.Empty(offending);
    }

    [Fact]
    public void NoPageBuildsAnAddressFromTheRequest()
    {
        // The one reader of the Host header is the middleware that replaces an unparsable one.
        var offending = new[] { "*.cs", "*.cshtml", "*.razor" }
            .SelectMany(pattern => Offending(pattern, RequestAddress()))
            .Where(line => !line.StartsWith($"InformingFutures.Web/Infrastructure/{nameof(Web.Infrastructure.UnparsableHostAsLocalhost)}.cs:", StringComparison.Ordinal));

        Assert.Empty(offending);
    }

    private static IEnumerable<string> Offending(string pattern, Regex rule) =>
        from file in Directory.EnumerateFiles(Src, pattern, SearchOption.AllDirectories)
        where !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
              && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        from line in File.ReadLines(file).Select((text, at) => (text, at))
        where rule.IsMatch(line.text) && !line.text.TrimStart().StartsWith("//", StringComparison.Ordinal)
        select $"{Path.GetRelativePath(Src, file)}:{line.at + 1}: {line.text.Trim()}";
}
