namespace InformingFutures.Web.Layout;

/// <summary>What the layout writes in a page's head: its title (before the site's name) and its description.</summary>
/// <param name="Title">Null or the site's name for a page titled by the site's name alone (the home page).</param>
/// <param name="Description">Null for the home page's summary.</param>
public sealed record PageHead(string? Title, string? Description = null);

/// <summary>A page model that names its page; the layout reads this rather than loosely typed view data.</summary>
public interface IHasPageHead
{
    PageHead Head { get; }
}
