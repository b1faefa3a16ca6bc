namespace InformingFutures.Web.Pdf;

/// <summary>What <c>_PdfLink.cshtml</c> needs: the page whose PDF it offers, its title for a screen reader, and the link's look.</summary>
public sealed record PdfLink(string? PagePath, string Title, string CssClass = "tool");
