using System.Text.RegularExpressions;

namespace InformingFutures.Web.Pdf;

/// <summary>What <c>_PdfLink.cshtml</c> needs: the page whose PDF it offers, its title for a screen reader, and the link's look.</summary>
public sealed partial record PdfLink(string? PagePath, string Title, string CssClass = "tool")
{
    /// <summary>
    /// What the downloaded file is called: its title and the toolkit's name, such as
    /// <c>team-reflective-practice-slides-informing-futures.pdf</c>, so a Downloads folder says what each one is.
    /// </summary>
    public string FileName => $"{NotLetterOrDigit().Replace(Title.ToLowerInvariant(), "-").Trim('-')}-informing-futures.pdf";

    [GeneratedRegex(@"[^\p{Ll}\p{Nd}]+")]
    private static partial Regex NotLetterOrDigit();
}
