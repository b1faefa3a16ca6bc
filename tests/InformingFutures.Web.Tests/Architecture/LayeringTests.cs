using NetArchTest.Rules;

namespace InformingFutures.Web.Tests.Architecture;

/// <summary>
/// The folders depend on one another in one direction (docs/architecture.md): Content at the bottom, Site above it,
/// the features above Site. Read from the compiled site by NetArchTest, so a cycle fails here, not in review.
/// </summary>
public sealed class LayeringTests
{
    private const string Root = "InformingFutures.Web";

    private static readonly string[] Features =
    [
        "Attribution", "Commands", "Discovery", "Editorial", "Infrastructure", "Layout", "Offline", "Pages", "Pdf",
        "Presentation", "Print", "Search", "Sharing",
    ];

    [Fact]
    public void ContentDependsOnNothingElseOfTheSite() =>
        AssertNoDependency("Content", ["Site", .. Features]);

    [Fact]
    public void SiteDependsOnlyOnContentAndTheNotice() =>
        AssertNoDependency("Site", [.. Features.Where(f => f != "Attribution")]);

    private static void AssertNoDependency(string folder, IEnumerable<string> above)
    {
        var result = Types.InAssembly(typeof(ContentDocument).Assembly)
            .That().ResideInNamespace($"{Root}.{folder}")
            .ShouldNot().HaveDependencyOnAny([.. above.Select(f => $"{Root}.{f}")])
            .GetResult();

        Assert.True(result.IsSuccessful, $"{folder} reaches above itself from: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }
}
