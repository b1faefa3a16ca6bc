using InformingFutures.Web.Content;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace InformingFutures.Web.Tests.Support;

/// <summary>Builds the content service by hand over a fixture folder, without the web host.</summary>
public static class ContentTestHost
{
    public static ContentIndex CreateIndex(string root, CapturingLogger<ContentLoader>? loaderLog = null, int reloadDelayMs = 50)
    {
        var options = Options.Create(new ContentOptions { RootPath = root, ReloadDelayMilliseconds = reloadDelayMs });
        var loader = new ContentLoader(new ContentFileParser(new MarkdownRenderer()), options, loaderLog ?? new CapturingLogger<ContentLoader>());
        return new ContentIndex(options, loader, NullLogger<ContentIndex>.Instance);
    }

    public static ContentParseResult Parse(string markdown, string path = "sec/page.md") =>
        new ContentFileParser(new MarkdownRenderer()).Parse(path, System.Text.Encoding.UTF8.GetBytes(markdown));

    /// <summary>Polls until <paramref name="condition"/> holds or the time runs out.</summary>
    public static async Task<bool> EventuallyAsync(Func<bool> condition, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (DateTime.UtcNow < deadline)
        {
            if (condition())
            {
                return true;
            }

            await Task.Delay(50);
        }

        return condition();
    }
}
