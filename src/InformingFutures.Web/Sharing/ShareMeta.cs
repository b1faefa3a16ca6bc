namespace InformingFutures.Web.Sharing;

/// <summary>What a page's head tells a link preview: its title, summary and address (null for a page with none).</summary>
public sealed record ShareMeta(string Title, string? Description, string? PagePath);
