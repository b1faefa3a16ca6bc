namespace InformingFutures.Web.Tests.Infrastructure;

/// <summary>An operator's mistyped setting stops the site and every command with one line and exit code 2, never a stack trace.</summary>
public sealed class BadSettingsTests
{
    [Theory]
    [InlineData("", "Site__PublicUrl", "toolkit.example.org", "Site:PublicUrl 'toolkit.example.org' must be an http or https address")]
    [InlineData("check", "Site__PublicUrl", "toolkit.example.org", "Site:PublicUrl 'toolkit.example.org' must be an http or https address")]
    [InlineData("export", "Site__PublicUrl", "https://toolkit.example.org/?x=1", "Site:PublicUrl 'https://toolkit.example.org/?x=1' must be")]
    [InlineData("pdf", "Site__PublicUrl", "ftp://toolkit.example.org", "Site:PublicUrl 'ftp://toolkit.example.org' must be")]
    [InlineData("", "Pdf__PrintTimeoutSeconds", "soon", "Failed to convert configuration value 'soon' at 'Pdf:PrintTimeoutSeconds'")]
    [InlineData("check", "Content__ReloadDelayMilliseconds", "99999", "Content:ReloadDelayMilliseconds must be a whole number from 0 to 1500.")]
    [InlineData("export", "Attribution__WebsiteUrl", "javascript:alert(1)", "Attribution:WebsiteUrl must be an absolute http or https address, such as http://www.informingfutures.co.uk.")]
    [InlineData("", "Serilog__MinimumLevel__Default", "Loud", "Serilog:MinimumLevel:Default is 'Loud', which is not a level: use Verbose, Debug,")]
    [InlineData("check", "Serilog__MinimumLevel__Override__Microsoft.AspNetCore", "7", "Serilog:MinimumLevel:Override:Microsoft.AspNetCore is '7', which is not a level")]
    [InlineData("", "Attribution__CopyrightNotice", "", "Attribution:CopyrightNotice is required: the charity's terms require its copyright notice on every copy.")]
    [InlineData("pdf", "Attribution__WebsiteUrl", "", "Attribution:WebsiteUrl is required: the charity's terms require a link to the Informing Futures website")]
    [InlineData("", "Content__RootPath", "/no/such/folder", "Content:RootPath '/no/such/folder' is not a folder. Set Content:RootPath (or the environment variable Content__RootPath) to the folder of Markdown files, such as content.")]
    [InlineData("", "Preview__Enabled", "true", "Preview:Enabled serves drafts and unpublished pages, so it is allowed only in Development")]
    public void ABadSettingStopsTheProgramWithOneLineNamingIt(string command, string setting, string value, string message)
    {
        var folder = Path.Combine(Path.GetTempPath(), "if-bad-setting-" + Guid.NewGuid().ToString("N"));
        string[] arguments = command == "export" ? [folder] : [];

        var environment = new Dictionary<string, string> { ["Content__RootPath"] = TestPaths.RepoContent, [setting] = value, ["Pdf__Folder"] = folder };
        if (setting == "Preview__Enabled")
        {
            environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        }

        var (exitCode, output) = StaticExport.RunCommand(command, null, environment, arguments);

        Assert.Equal(2, exitCode);
        Assert.StartsWith(message, output.Trim());
        Assert.Single(output.Trim().Split('\n'));
        Assert.False(Directory.Exists(folder));
    }

    [Theory]
    [InlineData("https://toolkit.example.org")]
    [InlineData("https://charity.github.io/informing-futures")]
    [InlineData("http://localhost:8080/toolkit/")]
    public void APublicAddressMayHaveAPath(string address) => Assert.Null(new SiteOptions { PublicUrl = address }.Problem());

    [Theory]
    [InlineData("toolkit.example.org")]
    [InlineData("ftp://toolkit.example.org")]
    [InlineData("https://toolkit.example.org/a?b=c")]
    [InlineData("https://toolkit.example.org/#top")]
    [InlineData("https://user@toolkit.example.org")]
    [InlineData("https://toolkit.example.org/%2e%2e")]
    [InlineData("https://toolkit.example.org/a/../b")]
    [InlineData("https://toolkit.example.org/a b")]
    [InlineData("https://toolkit.example.org/a%2fb")]
    public void AnAddressThatIsNotAPlainHttpAddressIsRefused(string address) =>
        Assert.StartsWith($"Site:PublicUrl '{address}' must be", new SiteOptions { PublicUrl = address }.Problem());
}
