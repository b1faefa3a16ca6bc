using SkiaSharp;

namespace InformingFutures.Web.Sharing;

/// <summary>What one share card says: the line above the title, the title, and the notice and address at its foot.</summary>
public sealed record ShareCardText(string Kicker, string Title, string Notice, string Website);

/// <summary>
/// Draws a share card: 1200×630 (the size Facebook, LinkedIn, Teams and WhatsApp show largest), in the site's
/// colours, with the page's title and the charity's notice and address, as every copy of its material must carry.
/// The fonts ship with the site (Sharing/Fonts), since the runtime image has none and nothing may come from a third
/// party.
/// </summary>
public static class ShareCardImage
{
    public const int Width = 1200;
    public const int Height = 630;

    private const float Margin = 80;
    private const float AccentWidth = 18;
    private const float TitleTop = 160;
    private const float TitleBottom = 500;
    private const int MostTitleLines = 3;
    private const float FootTop = 530;
    private const float NoticeBaseline = 574;
    private const float WebsiteBaseline = 611;

    // The site's --brand, --heading (dark scheme) and --focus colours: white and the pale green on the brand green
    // both pass WCAG AA for large text.
    private static readonly SKColor Brand = SKColor.Parse("#0b4f4a");
    private static readonly SKColor Pale = SKColor.Parse("#9fe0d6");
    private static readonly SKColor Accent = SKColor.Parse("#ffbf47");
    private static readonly SKColor FootBand = SKColor.Parse("#083b37");

    private static readonly SKTypeface Bold = LoadFont("LiberationSans-Bold.ttf");
    private static readonly SKTypeface Regular = LoadFont("LiberationSans-Regular.ttf");

    /// <summary>The card as PNG bytes.</summary>
    public static byte[] Render(ShareCardText text)
    {
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException("Skia could not make a drawing surface");
        var canvas = surface.Canvas;
        canvas.Clear(Brand);
        using var paint = new SKPaint { IsAntialias = true };

        paint.Color = Accent;
        canvas.DrawRect(0, 0, AccentWidth, Height, paint);
        paint.Color = FootBand;
        canvas.DrawRect(AccentWidth, FootTop, Width - AccentWidth, Height - FootTop, paint);

        var textWidth = Width - Margin * 2;
        using (var kicker = new SKFont(Bold, 34))
        {
            paint.Color = Pale;
            canvas.DrawText(Fit(text.Kicker, kicker, textWidth), Margin, 130, SKTextAlign.Left, kicker, paint);
        }

        var (lines, size) = TitleLines(text.Title, textWidth);
        using (var title = new SKFont(Bold, size))
        {
            paint.Color = SKColors.White;
            // The title's lines sit in the middle of the space between the kicker and the foot.
            var lineHeight = size * 1.15f;
            var top = TitleTop + (TitleBottom - TitleTop - lines.Count * lineHeight) / 2 + size * 0.9f;
            foreach (var line in lines)
            {
                canvas.DrawText(line, Margin, top, SKTextAlign.Left, title, paint);
                top += lineHeight;
            }
        }

        using (var foot = new SKFont(Regular, 28))
        {
            paint.Color = SKColors.White;
            canvas.DrawText(Fit(text.Notice, foot, textWidth), Margin, NoticeBaseline, SKTextAlign.Left, foot, paint);
        }

        using (var website = new SKFont(Bold, 28))
        {
            paint.Color = Pale;
            canvas.DrawText(Fit(text.Website, website, textWidth), Margin, WebsiteBaseline, SKTextAlign.Left, website, paint);
        }

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    /// <summary>The largest size, from 76 px down to 48, at which the title fits its lines; cut with "…" if none does.</summary>
    private static (IReadOnlyList<string> Lines, float Size) TitleLines(string title, float width)
    {
        for (var size = 76f; ; size -= 4)
        {
            using var font = new SKFont(Bold, size);
            var lines = Wrap(title, font, width);
            var fitsHeight = lines.Count * size * 1.15f <= TitleBottom - TitleTop;
            if ((lines.Count <= MostTitleLines && fitsHeight) || size <= 48)
            {
                if (lines.Count > MostTitleLines)
                {
                    lines = [.. lines.Take(MostTitleLines - 1), Fit(string.Join(' ', lines.Skip(MostTitleLines - 1)), font, width)];
                }

                return (lines, size);
            }
        }
    }

    /// <summary>Words onto lines no wider than <paramref name="width"/>; a word too long for a line is cut with "…".</summary>
    private static List<string> Wrap(string text, SKFont font, float width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var tried = line.Length == 0 ? word : line + " " + word;
            if (font.MeasureText(tried) <= width)
            {
                line = tried;
                continue;
            }

            if (line.Length > 0)
            {
                lines.Add(line);
            }

            line = Fit(word, font, width);
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        return lines;
    }

    /// <summary>The text, or as much of it as fits followed by "…".</summary>
    private static string Fit(string text, SKFont font, float width)
    {
        if (font.MeasureText(text) <= width)
        {
            return text;
        }

        var cut = text.Length;
        while (cut > 0 && font.MeasureText(text[..cut].TrimEnd() + "…") > width)
        {
            cut--;
        }

        // Never between the two halves of a surrogate pair.
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return text[..cut].TrimEnd() + "…";
    }

    private static SKTypeface LoadFont(string file)
    {
        using var stream = typeof(ShareCardImage).Assembly.GetManifestResourceStream("InformingFutures.Web.Sharing.Fonts." + file)
            ?? throw new InvalidOperationException($"The font {file} is not built into the site");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        // The typeface keeps its own reference to the copied data, for the life of the process.
        return SKTypeface.FromData(SKData.CreateCopy(bytes.ToArray())) ?? throw new InvalidOperationException($"Skia could not read the font {file}");
    }
}
