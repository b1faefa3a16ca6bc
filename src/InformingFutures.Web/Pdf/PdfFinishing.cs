using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace InformingFutures.Web.Pdf;

/// <summary>
/// What Chromium's PDF leaves out and an accessible PDF needs: the author, the document's language, and a viewer
/// told to show the title rather than the file name (PDF/UA). PDFsharp rewrites the file keeping Chromium's tags
/// and outline.
/// </summary>
public static class PdfFinishing
{
    /// <returns>The number of pages.</returns>
    public static int Finish(string path, string title, string author, string language)
    {
        int pages;
        using (var document = PdfReader.Open(path, PdfDocumentOpenMode.Modify))
        {
            if (string.IsNullOrWhiteSpace(document.Info.Title))
            {
                document.Info.Title = title;
            }

            document.Info.Author = author;
            document.Language = language;
            // Written directly: PDFsharp 6.2's ViewerPreferences getter fails on a catalog that has none.
            var preferences = new PdfDictionary(document);
            preferences.Elements.SetBoolean("/DisplayDocTitle", true);
            document.Internals.Catalog.Elements["/ViewerPreferences"] = preferences;
            pages = document.PageCount;
            document.Save(path);
        }

        return pages;
    }
}
