namespace InformingFutures.Web.Content;

/// <summary>One entry of a page's <c>changes:</c> list: what changed for readers, and when.</summary>
public sealed record PageChange
{
    public DateTime? Date { get; init; }

    /// <summary>One line, shown under "Updates to this page" and as the feed entry's text.</summary>
    public string? Summary { get; init; }
}
