using Bunit;
using InformingFutures.Web.Pages;

namespace InformingFutures.Web.Tests.Pages;

public sealed class ModelComparisonTableTests : BunitContext
{
    [Fact]
    public void HasOneRowPerModelWithItsBenefitsAndChallenges()
    {
        using var index = ContentTestHost.CreateIndex(TestPaths.Fixture("good"));

        var table = Render<ModelComparisonTable>(p => p.Add(t => t.Models, index.Current.ModelsOf("alpha")));

        var rows = table.FindAll("tbody tr");
        Assert.Equal(2, rows.Count);
        Assert.Equal(["First model", "First benefit.", "First challenge."], rows[0].Children.Select(c => c.TextContent.Trim()));
        Assert.Equal(["Second model", "Second benefit.", "Second challenge."], rows[1].Children.Select(c => c.TextContent.Trim()));
        Assert.Equal("/alpha/first", rows[0].QuerySelector("th a")?.GetAttribute("href"));
        Assert.Equal(["Model", "Benefits", "Challenges"], table.FindAll("thead th").Select(th => th.TextContent));
    }

    [Fact]
    public void LabelsEachCellForTheStackedPhoneLayout()
    {
        using var index = ContentTestHost.CreateIndex(TestPaths.Fixture("good"));

        var table = Render<ModelComparisonTable>(p => p.Add(t => t.Models, index.Current.ModelsOf("alpha")));

        Assert.All(table.FindAll("tbody td"), td => Assert.Contains(td.GetAttribute("data-label"), new[] { "Benefits", "Challenges" }));
    }

    [Fact]
    public void RendersNothingWithoutModels()
    {
        var table = Render<ModelComparisonTable>(p => p.Add(t => t.Models, Array.Empty<ContentDocument>()));

        Assert.Empty(table.Markup.Trim());
    }
}
