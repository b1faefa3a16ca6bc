using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace InformingFutures.Web.Tests.Infrastructure;

public sealed class ErrorPageTests
{
    [Fact]
    public async Task AnUnexpectedErrorShowsTheErrorPageWithFooterAndRequestIdButNoStackTrace()
    {
        using var factory = new ToolkitFactory(TestPaths.RepoContent, configure: b => b.ConfigureTestServices(services =>
            services.Configure<MvcOptions>(o => o.Filters.Add(new ThrowOnAboutPage()))));

        var (response, html) = await factory.GetHtmlAsync("/about");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Something went wrong", html.QuerySelector("h1")?.TextContent);
        Assert.False(string.IsNullOrWhiteSpace(html.QuerySelector(".request-id code")?.TextContent));
        AttributionAssert.Carries(html, "/about (failing)");
        var body = html.Body!.TextContent;
        Assert.DoesNotContain("Simulated failure", body);
        Assert.DoesNotContain("   at ", body);
    }

    [Fact]
    public async Task TheRequestIdOnTheErrorPageIsTheOneInTheLogLine()
    {
        var log = new CapturingLoggerProvider();
        using var factory = new ToolkitFactory(TestPaths.RepoContent, configure: b => b
            .ConfigureTestServices(services =>
            {
                services.AddSingleton<ILoggerProvider>(log);
                services.Configure<MvcOptions>(o => o.Filters.Add(new ThrowOnAboutPage()));
            }));

        var (_, html) = await factory.GetHtmlAsync("/about");
        var requestId = html.QuerySelector(".request-id code")!.TextContent;

        Assert.Contains(log.Messages, m => m.Contains("responded 500") && m.Contains("/about") && m.Contains(requestId));
    }

    [Fact]
    public async Task EachVisitorWhoMeetsAnErrorSeesTheirOwnRequestIdNeverACachedOne()
    {
        using var factory = new ToolkitFactory(TestPaths.RepoContent, configure: b => b.ConfigureTestServices(services =>
            services.Configure<MvcOptions>(o => o.Filters.Add(new ThrowOnAboutPage()))));
        var address = RawHttp.StartOnKestrel(factory);
        using var client = new HttpClient { BaseAddress = address };

        var ids = new List<string>();
        foreach (var _ in Enumerable.Range(0, 2))
        {
            using var response = await client.GetAsync("/about");
            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            Assert.Null(response.Headers.Age);
            var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
            ids.Add(html.QuerySelector(".request-id code")!.TextContent);
        }

        Assert.NotEqual(ids[0], ids[1]);
    }

    private sealed class ThrowOnAboutPage : IPageFilter
    {
        public void OnPageHandlerSelected(PageHandlerSelectedContext context)
        {
            if (context.HttpContext.Request.Path == "/about")
            {
                throw new InvalidOperationException("Simulated failure");
            }
        }

        public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
        {
        }

        public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
        {
        }
    }
}
