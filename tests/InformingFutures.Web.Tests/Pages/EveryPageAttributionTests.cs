using Microsoft.AspNetCore.Routing;

namespace InformingFutures.Web.Tests.Pages;

[Collection(SiteCollection.Name)]
public sealed class EveryPageAttributionTests(RepoSiteFactory site)
{
    [Fact]
    public async Task EveryRoutableHtmlPageCarriesTheNoticeAndTheWebsiteLink()
    {
        using var client = site.CreatePlainClient();
        var urls = RoutableUrls().Append("/no-such-page").Append("/reflective-practice/no-such-model").Distinct().ToList();

        var checkedPages = 0;
        foreach (var url in urls)
        {
            var (response, html) = await site.GetHtmlAsync(url, client);
            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            AttributionAssert.Carries(html, url);
            checkedPages++;
        }

        // home, overview, 3 models, about, error, 2 status pages, 2 unknown URLs, handout, 5 decks
        Assert.True(checkedPages >= 17, $"only {checkedPages} HTML pages were checked: {string.Join(", ", urls)}");
    }

    /// <summary>
    /// Every page the router knows, with parameters filled in from the content index. A new parameterised
    /// route fails this test until it is added here, so no page can slip past the attribution check.
    /// </summary>
    private IEnumerable<string> RoutableUrls()
    {
        var endpoints = site.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var content = site.Services.GetRequiredService<SiteIndex>().Current.Content;
        foreach (var endpoint in endpoints)
        {
            var pattern = endpoint.RoutePattern;
            var raw = "/" + (pattern.RawText ?? "").TrimStart('/');
            if (pattern.Parameters.Count == 0)
            {
                yield return raw;
                continue;
            }

            switch (raw)
            {
                case "/{section}/{slug?}":
                    foreach (var doc in content.Documents.Where(d => !d.IsHome))
                    {
                        yield return doc.Url;
                    }

                    break;
                case "/{section}/handout":
                case "/{section}/present":
                    foreach (var overview in content.SectionOverviews())
                    {
                        yield return overview.Url + raw[raw.LastIndexOf('/')..];
                    }

                    break;
                case "/{section}/{slug}/present":
                    foreach (var doc in content.Documents.Where(d => d.Slug.Length > 0))
                    {
                        yield return doc.Url + "/present";
                    }

                    break;
                case "/print-footer/{**page}":
                    yield return "/print-footer/index.css"; // a stylesheet, not a page: skipped below, tested on its own
                    break;
                case "/status/{code:int}":
                    yield return "/status/404";
                    yield return "/status/500";
                    break;
                case "/{**path:file}":
                    // Static-file fallback the test host adds; a missing file must still get the 404 page.
                    yield return "/no-such-file.txt";
                    break;
                default:
                    throw new InvalidOperationException($"Route {raw} has parameters this test does not know how to fill: add it here.");
            }
        }
    }
}
