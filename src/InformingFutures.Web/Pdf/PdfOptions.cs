namespace InformingFutures.Web.Pdf;

/// <summary>Where the site finds the PDFs the <c>pdf</c> command made, and the browser that command prints with.</summary>
public sealed class PdfOptions
{
    public const string SectionName = "Pdf";

    /// <summary>The folder of PDFs and their manifest, relative to the app's content root (or absolute).</summary>
    public string Folder { get; set; } = "pdf";

    /// <summary>The Chromium the <c>pdf</c> command prints with. The site itself never starts it.</summary>
    public string Chromium { get; set; } = "/usr/bin/chromium";

    /// <summary>How long one page may take to print before the command gives up on it.</summary>
    public int PrintTimeoutSeconds { get; set; } = 120;
}
