namespace InformingFutures.Web.Tests.Commands;

/// <summary>The pdf command's mistakes: one line and exit 2, before a browser starts or a file is written.</summary>
public sealed class PdfCommandTests
{
    [Theory]
    [InlineData("pdf: unknown argument out; ", "out")]
    [InlineData("pdf: --base-url needs the site's public address", "--base-url")]
    [InlineData("pdf: --base-url 'ftp://toolkit.example.org' must be an http or https address", "--base-url", "ftp://toolkit.example.org")]
    [InlineData("pdf: --base-url 'https://toolkit.example.org/%2e%2e' must be", "--base-url", "https://toolkit.example.org/%2e%2e")]
    public void BadArgumentsGetOneLineAndExit2WithNothingWritten(string message, params string[] arguments)
    {
        var folder = Path.Combine(Path.GetTempPath(), "if-pdfs-" + Guid.NewGuid().ToString("N"));
        var (exitCode, output) = StaticExport.RunCommand("pdf", null, new Dictionary<string, string> { ["Pdf__Folder"] = folder }, arguments);

        Assert.Equal(2, exitCode);
        Assert.StartsWith(message, output.Trim());
        Assert.Single(output.Trim().Split('\n'));
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void WithoutChromiumItSaysWhatToInstall()
    {
        var folder = Path.Combine(Path.GetTempPath(), "if-pdfs-" + Guid.NewGuid().ToString("N"));
        var (exitCode, output) = StaticExport.RunCommand("pdf", null, new Dictionary<string, string> { ["Pdf__Folder"] = folder, ["Pdf__Chromium"] = "/no/such/chromium" });

        Assert.Equal(2, exitCode);
        Assert.Equal("pdf: Chromium (/no/such/chromium) is not installed; install it (Debian: apt-get install chromium) or set Pdf:Chromium to its path", output.Trim());
        Assert.False(Directory.Exists(folder));
    }
}
