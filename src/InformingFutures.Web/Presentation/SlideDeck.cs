using InformingFutures.Web.Content;
using InformingFutures.Web.Site;

namespace InformingFutures.Web.Presentation;

/// <summary>A deck generated from content, and the page it belongs to (where Esc returns).</summary>
public sealed record SlideDeck(string Title, string ReturnUrl, IReadOnlyList<Slide> Slides)
{
    /// <summary>
    /// The deck behind the request's route <paramref name="route"/> when it is one of <paramref name="views"/> (the
    /// deck itself, the presenter view, the slide handout or the notes pages), or null.
    /// </summary>
    public static SlideDeck? ForView(SiteSnapshot site, SiteRoute? route, string siteName, params RouteKind[] views) =>
        route is { Document: { } document } && views.Contains(route.Kind)
            ? At(site, RouteTable.DeckPath(document.Url), siteName)
            : null;

    /// <summary>The last slide of every deck: the full notice, terms and link, which the charity's terms require.</summary>
    public const string SourceSlideTitle = "Source and terms of use";

    /// <summary>How many slides the deck shows, its source slide included: the one count every view gives.</summary>
    public int Count => Slides.Count + 1;

    /// <summary>Where the deck is served, and its presenter view, slide handout and notes pages.</summary>
    public string DeckPath => RouteTable.DeckPath(ReturnUrl);

    public string PresenterPath => RouteTable.PresenterPath(DeckPath);

    public string SlideHandoutPath => RouteTable.SlideHandoutPath(DeckPath);

    public string SlideNotesPath => RouteTable.SlideNotesPath(DeckPath);

    /// <summary>The deck at a route-table address, or null where the site serves no deck.</summary>
    public static SlideDeck? At(SiteSnapshot site, string path, string siteName) =>
        site.Routes.Find(path, RouteKind.Deck)?.Document is not { } document ? null
        : document.IsSectionOverview ? ForSection(site.Content, document, siteName)
        : ForPage(document, site.Content.Find(document.Section, null));

    /// <summary>
    /// A section's deck: title, introduction, one slide per model, then the models compared. The comparison
    /// is split into benefits and challenges so its text stays large enough to read from the back of a room.
    /// </summary>
    public static SlideDeck ForSection(ContentSnapshot content, ContentDocument overview, string siteName)
    {
        var slides = new List<Slide> { new TitleSlide(overview.Title, siteName) };
        if (overview.Html.Length > 0)
        {
            slides.Add(new ProseSlide("Introduction", overview.Html) { NotesHtml = overview.AllNotes });
        }

        var models = content.ModelsOf(overview.Section);
        slides.AddRange(models.Select(ToModelSlide));
        if (models.Count > 1)
        {
            slides.Add(Compare("Comparing the benefits", "benefits", models));
            slides.Add(Compare("Comparing the challenges", "challenges", models));
        }

        foreach (var page in content.PagesOf(overview.Section).Where(p => !p.Meta.IsModel))
        {
            slides.Add(new ProseSlide(page.Title, page.Html) { NotesHtml = page.AllNotes });
        }

        return new SlideDeck(overview.Title, overview.Url, [.. slides.SelectMany(SlidePagination.Paginate)]);
    }

    /// <summary>One page's deck: its title, then a slide for each of its level-2 sections.</summary>
    public static SlideDeck ForPage(ContentDocument page, ContentDocument? overview)
    {
        var slides = new List<Slide> { new TitleSlide(page.Title, overview?.Title ?? "") { NotesHtml = page.Sections.Count > 0 ? page.NotesFor("") : null } };
        slides.AddRange(page.Sections.Count > 0
            ? page.Sections.Select(s => new ProseSlide(s.Heading, s.Html, page.Title) { NotesHtml = page.NotesFor(s.Id) })
            : [new ProseSlide(page.Title, page.Html) { NotesHtml = page.AllNotes }]);
        return new SlideDeck(page.Title, page.Url, [.. slides.SelectMany(SlidePagination.Paginate)]);
    }

    private static ModelSlide ToModelSlide(ContentDocument model) =>
        new(model.Title, model.FindSection("benefits")?.Html ?? "", model.FindSection("challenges")?.Html ?? "") { NotesHtml = model.AllNotes };

    private static ComparisonSlide Compare(string title, string sectionId, IEnumerable<ContentDocument> models) =>
        new(title, models.Select(m => (m.Title, m.FindSection(sectionId)?.Html ?? "")).ToList());
}
