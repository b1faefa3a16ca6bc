using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace InformingFutures.Web.Presentation;

/// <summary>
/// Splits a slide whose text is too long for the slide canvas (present.css: 1200 × 800 design pixels, 30-pixel text)
/// into continuation slides, at the boundaries of its paragraphs, list items and table rows; a table's header is
/// repeated on each part. The estimate is deliberately generous (fewer characters to a line than the canvas holds),
/// so a part fits at full size; the browser shrinks the rare one that still does not (slide-fit.js). Done here,
/// not in the browser, so the deck, the presenter view, the handouts and the notes pages all count the same slides.
/// </summary>
public static class SlidePagination
{
    /// <summary>Lines of body text a prose slide holds under its heading, with room to spare.</summary>
    internal const double ProseLines = 13;

    /// <summary>Characters to a line across the canvas, fewer than fit, so the estimate errs towards splitting.</summary>
    private const int ProseLineChars = 58;

    private static readonly HtmlParser Parser = new();

    public static IEnumerable<Slide> Paginate(Slide slide) => slide switch
    {
        ProseSlide prose => Split(prose),
        ModelSlide model when !FitsColumns([model.BenefitsHtml, model.ChallengesHtml], columnChars: ColumnChars(2)) =>
            Split(new ProseSlide($"{model.Title}: benefits", model.BenefitsHtml) { NotesHtml = model.NotesHtml })
                .Concat(Split(new ProseSlide($"{model.Title}: challenges", model.ChallengesHtml))),
        ComparisonSlide comparison when !FitsColumns(comparison.Columns.Select(c => c.Html), columnChars: ColumnChars(comparison.Columns.Count)) =>
            comparison.Columns.SelectMany(c => Split(new ProseSlide(c.Model, c.Html, comparison.Title) { NotesHtml = comparison.NotesHtml })),
        _ => [slide],
    };

    private static IEnumerable<Slide> Split(ProseSlide slide)
    {
        var parts = Parts(Blocks(slide.Html)).ToList();
        if (parts.Count <= 1)
        {
            return [slide];
        }

        // The notes go with the first part only: copied onto every part, a long page's notes page grew with the square
        // of its length (21 MB for one 237 KB file).
        return parts.Select((html, i) => slide with
        {
            Title = i == 0 ? slide.Title : $"{slide.Title} (continued)",
            Html = html,
            NotesHtml = i == 0 ? slide.NotesHtml : null,
        });
    }

    /// <summary>The slide's top-level blocks, a list or table too long for one slide already cut into pieces that fit.</summary>
    private static IEnumerable<IElement> Blocks(string html)
    {
        var body = Parser.ParseDocument($"<body>{html}</body>").Body ?? throw new InvalidOperationException("no body");
        foreach (var block in body.Children.ToList())
        {
            if (Lines(block, ProseLineChars) <= ProseLines)
            {
                yield return block;
            }
            else if (block.LocalName is "ul" or "ol")
            {
                foreach (var piece in Cut(block, block.Children.ToList(), header: null))
                {
                    yield return piece;
                }
            }
            else if (block.LocalName == "table" && block.QuerySelector("tbody") is { } rows)
            {
                foreach (var piece in Cut(block, rows.Children.ToList(), block.QuerySelector("thead")))
                {
                    yield return piece;
                }
            }
            else
            {
                yield return block; // one paragraph longer than a slide: the browser shrinks it
            }
        }
    }

    /// <summary>Copies of a list or table, each holding as many of its items or rows as fit.</summary>
    private static IEnumerable<IElement> Cut(IElement whole, List<IElement> items, IElement? header)
    {
        var budget = ProseLines - (header is null ? 0 : Lines(header, ProseLineChars));
        var taken = 0;
        while (taken < items.Count)
        {
            var piece = (IElement)whole.Clone(deep: false);
            IElement into = piece;
            if (header is not null)
            {
                piece.AppendChild(header.Clone(deep: true));
                into = (IElement)piece.AppendChild(whole.Owner!.CreateElement("tbody"));
            }
            else if (whole.LocalName == "ol" && taken > 0)
            {
                piece.SetAttribute("start", (taken + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            var lines = 0.0;
            do
            {
                lines += Lines(items[taken], ProseLineChars);
                into.AppendChild(items[taken].Clone(deep: true));
                taken++;
            }
            while (taken < items.Count && lines + Lines(items[taken], ProseLineChars) <= budget);

            yield return piece;
        }
    }

    private static IEnumerable<string> Parts(IEnumerable<IElement> blocks)
    {
        var part = new List<string>();
        var lines = 0.0;
        foreach (var block in blocks)
        {
            var height = Lines(block, ProseLineChars);
            if (part.Count > 0 && lines + height > ProseLines)
            {
                yield return string.Concat(part);
                (part, lines) = ([], 0);
            }

            part.Add(block.OuterHtml);
            lines += height;
        }

        if (part.Count > 0)
        {
            yield return string.Concat(part);
        }
    }

    /// <summary>Lines a column of a two- or three-column slide holds under its heading (no kicker on those slides).</summary>
    private const double ColumnLines = 14.5;

    /// <summary>Characters to a line of one column: a little under what the canvas holds (about 85 across it).</summary>
    private static int ColumnChars(int columns) => 75 / Math.Max(2, columns) - 1;

    private static bool FitsColumns(IEnumerable<string> columns, int columnChars) =>
        columns.All(html => Parser.ParseDocument($"<body>{html}</body>").Body!.Children.Sum(b => Lines(b, columnChars)) <= ColumnLines);

    /// <summary>Estimated lines of 30-pixel text a block takes, its margin included.</summary>
    private static double Lines(IElement block, int lineChars) => block.LocalName switch
    {
        "ul" or "ol" => block.Children.Sum(item => Lines(item, lineChars - 3)),
        "li" => Math.Max(1, Math.Ceiling(Text(block) / (double)lineChars)) + 0.4,
        "table" or "thead" or "tbody" => block.QuerySelectorAll("tr").Sum(row => Row(row, lineChars)) + 0.5,
        "tr" => Row(block, lineChars),
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => 1.5 * Math.Max(1, Math.Ceiling(Text(block) / (lineChars * 0.8))),
        _ => Math.Max(1, Math.Ceiling(Text(block) / (double)lineChars)) + 0.5,
    };

    /// <summary>
    /// A table row in the table's smaller text. The browser gives wordier columns more of the width, so a row takes
    /// about as many lines as its text spread over the whole width, and a tenth more for the ragged cells.
    /// </summary>
    private static double Row(IElement row, int lineChars)
    {
        var text = row.Children.Sum(Text);
        return 0.85 * Math.Max(1, Math.Ceiling(text * 1.1 / (lineChars / 0.85))) + 0.3;
    }

    private static int Text(IElement element) => element.TextContent.Trim().Length;
}
