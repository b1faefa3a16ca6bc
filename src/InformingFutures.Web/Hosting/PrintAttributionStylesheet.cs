using System.Text;
using System.Text.RegularExpressions;
using InformingFutures.Web.Attribution;
using Microsoft.Extensions.Options;

namespace InformingFutures.Web.Hosting;

/// <summary>
/// Serves, for each page, the CSS that prints the attribution and the page's own address in the bottom margin
/// of every printed sheet. CSS margin boxes cannot read the page, so the text is written into the stylesheet;
/// it comes from the Attribution settings, never from markup.
/// </summary>
public static partial class PrintAttributionStylesheet
{
    public const string RoutePrefix = "/print-footer/";

    [GeneratedRegex("^(index|[a-z0-9-]+(/[a-z0-9-]+)*)$", RegexOptions.CultureInvariant)]
    private static partial Regex PagePath();

    /// <summary>The stylesheet address for a page path such as <c>/reflective-practice/team</c>.</summary>
    public static string HrefFor(PathString path)
    {
        var page = path.Value is null or "/" ? "index" : path.Value.Trim('/');
        return RoutePrefix + (PagePath().IsMatch(page) ? page : "_") + ".css";
    }

    public static IEndpointRouteBuilder MapPrintAttributionStylesheet(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(RoutePrefix + "{**page}", [HttpMethods.Get, HttpMethods.Head], (string? page, HttpContext context, IOptions<AttributionOptions> options) =>
        {
            var a = options.Value;
            var lines = new StringBuilder($"{a.ShortNotice} · {a.WebsiteLabel}");
            var name = page is not null && page.EndsWith(".css", StringComparison.Ordinal) ? page[..^4] : "";
            if (PagePath().IsMatch(name))
            {
                var path = name == "index" ? "/" : "/" + name;
                lines.Append('\n').Append($"{context.Request.Scheme}://{context.Request.Host}{path}");
            }

            context.Response.Headers.CacheControl = "public, max-age=300";
            return Results.Text($"@page {{ @bottom-left {{ content: {CssString(lines.ToString())}; }} }}\n", "text/css; charset=utf-8");
        });
        return endpoints;
    }

    /// <summary>A double-quoted CSS string; anything that could end it early is escaped.</summary>
    private static string CssString(string text)
    {
        var css = new StringBuilder("\"");
        foreach (var c in text)
        {
            css.Append(c switch
            {
                '"' or '\\' => $"\\{c}",
                '\n' => "\\A ",
                < ' ' or '\u007f' or '<' or '>' => $"\\{(int)c:X} ",
                _ => c.ToString(),
            });
        }

        return css.Append('"').ToString();
    }
}
