using InformingFutures.Web.Pdf;

namespace InformingFutures.Web.Tests.Pdf;

/// <summary>
/// Whatever a person or a crash leaves in the PDF folder (a manifest with holes, a symbolic link), the site keeps
/// serving, links nothing it cannot vouch for, and neither it nor the pdf command reads, writes or deletes outside it.
/// </summary>
public sealed class PdfFolderSafetyTests : IDisposable
{
    private readonly TempContent _content = new("good");
    private readonly string _pdfRoot = Directory.CreateTempSubdirectory("if-pdfs-").FullName;
    private readonly string _outside = Directory.CreateTempSubdirectory("if-outside-").FullName;

    private string Set => Path.Combine(_pdfRoot, PdfOptions.AddressFolder(null));

    public void Dispose()
    {
        _content.Dispose();
        Directory.Delete(_pdfRoot, recursive: true);
        Directory.Delete(_outside, recursive: true);
    }

    [Theory]
    [InlineData("""{ "files": null }""")]
    [InlineData("""{ "files": [ null ] }""")]
    [InlineData("""{ "files": [ { "page": null, "file": "alpha/first.pdf", "pages": 1, "bytes": 9, "digest": "x" } ] }""")]
    [InlineData("""{ "files": [ { "page": "/alpha/first", "file": null, "pages": 1, "bytes": 9, "digest": "x" } ] }""")]
    [InlineData("""{ "files": [ { "page": "/alpha/first", "file": "alpha/fi\u0000rst.pdf", "pages": 1, "bytes": 9, "digest": "x" } ] }""")]
    public async Task AManifestWithHolesMeansNoPdfsAndTheSiteServes(string manifest)
    {
        Directory.CreateDirectory(Set);
        File.WriteAllText(Path.Combine(Set, PdfManifest.FileName), manifest);
        using var site = new ToolkitFactory(_content.Root, configure: b => b.UseSetting("Pdf:Folder", _pdfRoot));
        var client = site.CreatePlainClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/alpha/first")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz/ready")).StatusCode);
        Assert.Empty(site.Services.GetRequiredService<LiveSnapshot>().Current.Pdfs.All);
    }

    [Fact]
    public async Task APdfReachedThroughALinkedFolderIsNeitherLinkedNorServed()
    {
        using var site = new ToolkitFactory(_content.Root, configure: b => b.UseSetting("Pdf:Folder", _pdfRoot));
        var snapshot = site.Services.GetRequiredService<LiveSnapshot>().Current;
        File.WriteAllBytes(Path.Combine(_outside, "first.pdf"), [.. "%PDF-1.4\n"u8, .. new byte[991]]);
        Directory.CreateDirectory(Set);
        Directory.CreateSymbolicLink(Path.Combine(Set, "alpha"), _outside);
        new PdfManifest([new PdfManifestEntry("/alpha/first", "alpha/first.pdf", 1, 1000, new PdfDigest(snapshot).Of(snapshot.Routes.Find("/alpha/first")!))]).Write(Set);

        site.Services.GetRequiredService<LiveSnapshot>().Reload();

        Assert.Empty(site.Services.GetRequiredService<LiveSnapshot>().Current.Pdfs.All);
        Assert.Equal(HttpStatusCode.NotFound, (await site.CreatePlainClient().GetAsync("/pdf/alpha/first.pdf")).StatusCode);
    }

    [Fact]
    public void ThePdfCommandNeitherWritesNorDeletesThroughALink()
    {
        Directory.CreateDirectory(Set);
        var stranger = Path.Combine(_outside, "someone-elses.pdf");
        File.WriteAllText(stranger, "%PDF- not ours");
        Directory.CreateSymbolicLink(Path.Combine(Set, "alpha"), _outside);
        Directory.CreateSymbolicLink(Path.Combine(Set, "elsewhere"), _outside);

        var (exitCode, output) = StaticExport.RunCommand("pdf", _content.Root, new Dictionary<string, string> { ["Pdf__Folder"] = _pdfRoot, ["Pdf__Chromium"] = "/bin/false" });

        Assert.Equal(1, exitCode); // the pages under the link, and those /bin/false cannot print, are named
        Assert.Contains("pdf: /alpha/first: alpha/first.pdf would be written through a symbolic link in", output);
        Assert.True(File.Exists(stranger), "a PDF outside the folder was deleted");
        Assert.Equal(["someone-elses.pdf"], Directory.GetFiles(_outside).Select(Path.GetFileName));
    }
}
