using Microsoft.Extensions.Options;

namespace InformingFutures.Web.Tests.Infrastructure;

public sealed class StartupValidationTests
{
    [Theory]
    [InlineData("Attribution:CopyrightNotice", "copyright notice")]
    [InlineData("Attribution:WebsiteUrl", "link to the Informing Futures website")]
    public void SiteRefusesToStartWithoutItsAttribution(string setting, string explanation)
    {
        using var factory = new ToolkitFactory(TestPaths.RepoContent, configure: b => b.UseSetting(setting, ""));

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains(setting, error.Message);
        Assert.Contains(explanation, error.Message);
    }

    [Fact]
    public void SiteRefusesAWebsiteAddressThatIsNotHttp()
    {
        using var factory = new ToolkitFactory(TestPaths.RepoContent, configure: b => b.UseSetting("Attribution:WebsiteUrl", "javascript:alert(1)"));

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("Attribution:WebsiteUrl", error.Message);
    }

    [Fact]
    public void SiteRefusesToStartWithoutItsContentFolder()
    {
        using var factory = new ToolkitFactory("/no/such/folder");

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("Content:RootPath '/no/such/folder' is not a folder", error.Message);
    }

    [Theory]
    [InlineData("Serilog:MinimumLevel:Default", "Loud")]
    [InlineData("Serilog:MinimumLevel:Override:Microsoft.AspNetCore", "7")]
    public void SiteRefusesALogLevelThatIsNotOne(string setting, string value)
    {
        using var factory = new ToolkitFactory(TestPaths.RepoContent, configure: b => b.UseSetting(setting, value));

        var error = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());

        Assert.Contains($"{setting} is '{value}', which is not a level", error.Message);
    }
}
