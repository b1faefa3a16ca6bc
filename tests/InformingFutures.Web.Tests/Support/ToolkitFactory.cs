using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;

namespace InformingFutures.Web.Tests.Support;

/// <summary>
/// Hosts the real site in memory over a chosen content folder, as it runs in production unless told otherwise.
/// </summary>
public class ToolkitFactory(string contentRoot, string environment = "Production", Action<IWebHostBuilder>? configure = null)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        // Serve the build's compressed and fingerprinted assets as a published app would; outside
        // Development the host would otherwise look for them in a publish folder that tests do not have.
        builder.UseStaticWebAssets();
        builder.UseSetting("Content:RootPath", contentRoot);
        // No PDFs unless a test makes some: the project folder's pdf/ holds whatever a developer printed last.
        builder.UseSetting("Pdf:Folder", NoPdfs);
        configure?.Invoke(builder);
    }

    /// <summary>The site published at <see cref="RepoSiteFactory.PublicUrl"/> on a clock the test moves.</summary>
    public static ToolkitFactory OnClock(string contentRoot, TimeProvider clock, string environment = "Production") =>
        new(contentRoot, environment, b => b
            .UseSetting("Site:PublicUrl", RepoSiteFactory.PublicUrl)
            .ConfigureTestServices(s => s.AddSingleton(clock)));

    /// <summary>An empty folder, for sites with no PDFs.</summary>
    public static string NoPdfs { get; } = Directory.CreateTempSubdirectory("if-no-pdfs-").FullName;

    public HttpClient CreatePlainClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async Task<(HttpResponseMessage Response, IHtmlDocument Html)> GetHtmlAsync(string url, HttpClient? client = null)
    {
        var response = await (client ?? CreatePlainClient()).GetAsync(url);
        var html = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        return (response, html);
    }
}

/// <summary>The site over the repository's own content/, published at <see cref="PublicUrl"/>; shared by a test collection.</summary>
public sealed class RepoSiteFactory() : ToolkitFactory(TestPaths.RepoContent, configure: b => b.UseSetting("Site:PublicUrl", PublicUrl))
{
    /// <summary>The Site:PublicUrl the tests publish at; no request ever names this host.</summary>
    public const string PublicUrl = "https://charity.github.io/informing-futures";
}
