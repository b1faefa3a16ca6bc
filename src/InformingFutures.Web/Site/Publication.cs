using System.Globalization;
using InformingFutures.Web.Content;

namespace InformingFutures.Web.Site;

/// <summary>Whether a page is on the public site yet.</summary>
public enum PublicationState
{
    Published,
    Draft,
    Scheduled,
}

/// <summary>
/// Decides, from <c>draft</c> and <c>publish</c> in the front matter and the site's clock, which pages the public site
/// shows. Hidden pages are taken out of the content before anything else is built from it, so the routes, navigation,
/// previous/next, search, sitemap, export, feed and comparison tables all leave them out without a check of their own.
/// </summary>
public static class Publication
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    public static PublicationState StateOf(FrontMatter meta, DateTimeOffset now) =>
        meta.Draft ? PublicationState.Draft
        : PublishesAt(meta) is { } at && at > now ? PublicationState.Scheduled
        : PublicationState.Published;

    /// <summary>The moment a <c>publish:</c> date arrives: the start of that day, UTC, unless a time is given.</summary>
    public static DateTimeOffset? PublishesAt(FrontMatter meta) => meta.Publish switch
    {
        null => null,
        // YAML read a time with an offset as local time; anything else is a day (or a time) in UTC.
        { Kind: DateTimeKind.Local } local => new DateTimeOffset(local.ToUniversalTime()),
        { } day => new DateTimeOffset(DateTime.SpecifyKind(day, DateTimeKind.Utc)),
    };

    /// <summary>What the banner of a page shown only in preview says.</summary>
    public static string BannerFor(HeldBack page) => page.State == PublicationState.Draft
        ? "Draft: not published. Only this preview shows it; remove 'draft: true' to publish it."
        : $"Scheduled: not published until {Day(page.Until ?? default)}. Only this preview shows it before then.";

    /// <summary>
    /// The content the site shows at <paramref name="now"/>, the pages it holds back (by address), a note for each of
    /// those so nothing is published by surprise, and when the next scheduled page is due.
    /// </summary>
    /// <param name="preview">Show every page (Development): the notes and the schedule still describe the public site.</param>
    public static PublicationSplit Split(ContentSnapshot loaded, DateTimeOffset now, bool preview)
    {
        var hidden = new Dictionary<string, HeldBack>(StringComparer.Ordinal);
        var reports = new List<ContentProblem>(); // a note per held-back page; an error for a held-back home page
        DateTimeOffset? next = null;
        foreach (var document in loaded.Documents)
        {
            if (document.IsHome)
            {
                if (document.Meta.Draft || document.Meta.Publish is not null)
                {
                    reports.Add(new ContentProblem(document.SourcePath, 1, "the home page is always published: remove 'draft' and 'publish'", LeavesFileOut: false));
                }

                continue;
            }

            // A resource's pages wait for its overview: a section is published as a whole.
            var overview = document.IsSectionOverview ? null : loaded.Find(document.Section, null)?.Meta;
            var holder = StateOf(document.Meta, now) == PublicationState.Published && overview is not null ? overview : document.Meta;
            var state = StateOf(holder, now);
            if (state == PublicationState.Published)
            {
                continue;
            }

            var because = ReferenceEquals(holder, document.Meta) ? "" : $" with its section, {ContentPaths.UrlFor(document.Section, "")}";
            if (state == PublicationState.Draft)
            {
                hidden[document.Url] = new HeldBack(state, null);
                reports.Add(ContentProblem.Notice(document.SourcePath, 1, $"draft: {document.Url} is not published{because} (remove 'draft: true' to publish it)"));
            }
            else
            {
                var at = PublishesAt(holder)!.Value;
                hidden[document.Url] = new HeldBack(state, at);
                reports.Add(ContentProblem.Notice(document.SourcePath, 1, $"scheduled: {document.Url} is published on {Day(at)}{because}"));
                next = next is null || at < next ? at : next;
            }
        }

        var content = preview || hidden.Count == 0
            ? loaded
            : new ContentSnapshot(
                loaded.Documents.Where(d => !hidden.ContainsKey(d.Url)),
                loaded.Problems,
                loaded.Version,
                [.. loaded.Links.Where(l => !hidden.ContainsKey(l.FromUrl))]);
        return new PublicationSplit(content.WithProblems(reports), hidden, next);
    }

    private static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("d MMMM yyyy", British);
}

/// <param name="Content">The pages to serve.</param>
/// <param name="Hidden">Pages the public site holds back, by address (preview shows them): a link to one from a published page is an error.</param>
/// <param name="NextPublication">When the next scheduled page is due, for a rebuild at that moment.</param>
public sealed record PublicationSplit(ContentSnapshot Content, IReadOnlyDictionary<string, HeldBack> Hidden, DateTimeOffset? NextPublication);

/// <summary>A page the public site does not show yet: a draft, or scheduled <paramref name="Until"/> a moment.</summary>
public sealed record HeldBack(PublicationState State, DateTimeOffset? Until);
