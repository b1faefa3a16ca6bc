using CsCheck;
using InformingFutures.Web.Attribution;
using InformingFutures.Web.Sharing;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace InformingFutures.Web.Tests.Sharing;

/// <summary>
/// A link pasted into Teams, WhatsApp or an email shows the page's own card: its title in the site's colours, with
/// the charity's notice and address, drawn by the site.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ShareCardTests(RepoSiteFactory site)
{
    [Fact]
    public async Task EveryListedPageNamesItsOwnCardAndTheCardIsALargePngWithTextOnIt()
    {
        var client = site.CreatePlainClient();
        var listed = site.Services.GetRequiredService<LiveSnapshot>().Current.Routes.Listed.ToList();
        var cards = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var route in listed)
        {
            var (_, html) = await site.GetHtmlAsync(route.Path, client);
            var image = html.QuerySelector("meta[property='og:image']")?.GetAttribute("content");
            Assert.True(image?.StartsWith(RepoSiteFactory.PublicUrl + RouteTable.ShareCardPrefix, StringComparison.Ordinal), $"{route.Path}: og:image {image}");
            Assert.Equal("1200", html.QuerySelector("meta[property='og:image:width']")?.GetAttribute("content"));
            Assert.Equal("630", html.QuerySelector("meta[property='og:image:height']")?.GetAttribute("content"));
            Assert.EndsWith("Informing Futures toolkit", html.QuerySelector("meta[property='og:image:alt']")?.GetAttribute("content"));

            using var response = await client.GetAsync(image![RepoSiteFactory.PublicUrl.Length..]);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            using var bitmap = SKBitmap.Decode(bytes);
            Assert.Equal((1200, 630), (bitmap.Width, bitmap.Height));
            Assert.True(HasWhiteText(bitmap, top: 160, bottom: 500), $"{route.Path}: no title drawn");
            Assert.True(HasWhiteText(bitmap, top: 540, bottom: 590), $"{route.Path}: no notice drawn");
            cards[route.Path] = bytes;
        }

        // Each page's card is its own: a page and its deck say different things, and so do two pages.
        Assert.Equal(listed.Count, cards.Values.Select(Convert.ToBase64String).Distinct().Count());
    }

    [Fact]
    public void EveryCardSaysTheResourceTheTitleTheNoticeAndTheAddress()
    {
        var snapshot = site.Services.GetRequiredService<LiveSnapshot>().Current;
        var attribution = site.Services.GetRequiredService<IOptions<AttributionOptions>>().Value;
        foreach (var route in snapshot.Routes.Listed)
        {
            var text = ShareCards.TextOf(snapshot, route, attribution);

            Assert.Equal(attribution.ShortNotice, text.Notice);
            Assert.Equal("www.informingfutures.co.uk", text.Website);
            Assert.False(string.IsNullOrWhiteSpace(text.Title));
            if (route.Document is { IsHome: false } document && route.Kind != RouteKind.About)
            {
                Assert.Equal(document.Title, text.Title);
            }

            if (route.Kind == RouteKind.Page && route.Document!.Section == "reflective-practice")
            {
                Assert.Equal("Models of Reflective Practice", text.Kicker);
            }
        }
    }

    [Theory]
    [InlineData("/share-card/no-such-page.png")]
    [InlineData("/share-card/reflective-practice/team")]
    [InlineData("/share-card/reflective-practice/team.PNG")]
    [InlineData("/share-card/../reflective-practice/team.png")]
    [InlineData("/share-card/%2e%2e/reflective-practice/team.png")]
    [InlineData("/share-card/search.png")]
    [InlineData("/share-card/reflective-practice/team.png/x")]
    public async Task AnAddressThatIsNotAListedPagesCardIsNotFound(string url)
    {
        using var response = await site.CreatePlainClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>Titles an editor might write (long, one endless word, emoji, other scripts, markup) always give a card.</summary>
    [Fact]
    public void AnyTitleGivesACardOfTheSameSize()
    {
        var titles = Gen.OneOf(Gen.Const("Team "), Gen.Const(" "), Gen.Const("🙂"), Gen.Const("אבג "), Gen.Const("中文"), Gen.Const("<b>&amp;"),
            Gen.Const("e\u0301"), Gen.Const("Multidisciplinaryinteragencyreflectivepracticegroups"), Gen.String[Gen.Char['a', 'z'], 1, 12])
            .Array[0, 40].Select(string.Concat);
        titles.Sample(title =>
        {
            var png = ShareCardImage.Render(new ShareCardText(title, title, "Copyright© 2020.", "www.informingfutures.co.uk"));
            using var bitmap = SKBitmap.Decode(png);
            return bitmap is { Width: 1200, Height: 630 };
        }, iter: 60);
    }

    /// <summary>Near-white pixels (the card's text) somewhere in a band of rows: the background is dark green.</summary>
    private static bool HasWhiteText(SKBitmap bitmap, int top, int bottom)
    {
        for (var y = top; y < bottom; y += 2)
        {
            for (var x = 80; x < 1100; x += 2)
            {
                var pixel = bitmap.GetPixel(x, y);
                if (pixel.Red > 230 && pixel.Green > 230 && pixel.Blue > 230)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
