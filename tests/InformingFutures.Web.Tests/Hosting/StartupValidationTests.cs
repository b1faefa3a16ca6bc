using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;

namespace InformingFutures.Web.Tests.Hosting;

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
}
