using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace InformingFutures.Web.Tests.Support;

/// <summary>
/// The site's own services over a fixture folder, built through the same container as the site (no web server).
/// </summary>
public sealed class TestSite : IDisposable
{
    private readonly WebApplication _app;

    public TestSite(string contentRoot, int reloadDelayMs = 50, params (string Key, string Value)[] settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(
            settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))
                .Append(new("Content:RootPath", contentRoot))
                .Append(new("Content:ReloadDelayMilliseconds", reloadDelayMs.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        builder.AddToolkit();
        builder.Logging.AddProvider(Log);
        _app = builder.Build();
    }

    /// <summary>Everything the site logged.</summary>
    public CapturingLoggerProvider Log { get; } = new();

    public IServiceProvider Services => _app.Services;

    public LiveSnapshot Index => Services.GetRequiredService<LiveSnapshot>();

    /// <summary>The current snapshot.</summary>
    public SiteSnapshot Snapshot => Index.Current;

    /// <summary>The current snapshot's content.</summary>
    public ContentSnapshot Current => Index.Current.Content;

    public void Dispose() => ((IDisposable)_app).Dispose();
}

public static class ContentTestHost
{
    public static TestSite CreateIndex(string root, int reloadDelayMs = 50) => new(root, reloadDelayMs);

    /// <summary>The site's parser, for tests of one file's text; it holds the one Markdig pipeline and no state.</summary>
    public static ContentFileParser Parser { get; } = new(new MarkdownRenderer());

    public static ContentParseResult Parse(string markdown, string path = "sec/page.md") =>
        Parser.Parse(path, System.Text.Encoding.UTF8.GetBytes(markdown));

    /// <summary>
    /// How long a test waits for a reload to be served: far longer than one takes on a busy 2-core machine, so only a
    /// reload that never comes fails. Tests wait for the state they expect, never for a time.
    /// </summary>
    public static readonly TimeSpan ReloadLimit = TimeSpan.FromSeconds(30);

    /// <summary>Polls until <paramref name="condition"/> holds (an answer the site gives) or the time runs out.</summary>
    public static async Task<bool> EventuallyAsync(Func<Task<bool>> condition, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(50);
        }

        return await condition();
    }

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
