using Serilog;
using Serilog.Events;
using Serilog.Settings.Configuration;

namespace InformingFutures.Web.Infrastructure;

/// <summary>
/// Serilog, read from the <c>Serilog</c> section of configuration (appsettings or environment variables), so an
/// operator sets sinks, levels, enrichers and a JSON formatter without a new build. The assemblies that hold the sinks
/// and formatters the site ships with are named, so start-up does not scan every assembly for them.
/// </summary>
public static class ToolkitLogging
{
    public static WebApplicationBuilder AddToolkitLogging(this WebApplicationBuilder builder)
    {
        ThrowIfALevelIsNotOne(builder.Configuration.GetSection("Serilog:MinimumLevel"));
        var readerOptions = new ConfigurationReaderOptions(
            typeof(ConsoleLoggerConfigurationExtensions).Assembly,
            typeof(Serilog.Formatting.Compact.CompactJsonFormatter).Assembly);
        // Serilog writes the console; other logging providers (a test's, say) still receive every event.
        builder.Logging.ClearProviders();
        builder.Services.AddSerilog(
            (services, logger) => logger
                // Serilog's request logging writes the one line per request, so ASP.NET's own per-request events
                // are off unless configuration turns them on: with them enabled at any level, ASP.NET starts an
                // Activity and a log scope for every request.
                .MinimumLevel.Override("Microsoft.AspNetCore.Hosting.Diagnostics", LevelAlias.Off)
                .ReadFrom.Configuration(builder.Configuration, readerOptions)
                .ReadFrom.Services(services),
            preserveStaticLogger: true,
            writeToProviders: true);
        return builder;
    }

    /// <summary>A mistyped level would otherwise be ignored or fail with a message that does not name the setting.</summary>
    private static void ThrowIfALevelIsNotOne(IConfigurationSection levels)
    {
        var settings = new List<(string Key, string? Value)> { ("Default", string.IsNullOrEmpty(levels.Value) ? levels["Default"] : levels.Value) };
        settings.AddRange(levels.GetSection("Override").GetChildren().Select(s => ($"Override:{s.Key}", s.Value)));
        foreach (var (key, value) in settings)
        {
            if (!string.IsNullOrEmpty(value) && !(Enum.TryParse<LogEventLevel>(value, ignoreCase: true, out var level) && Enum.IsDefined(level) && !int.TryParse(value, out _)))
            {
                throw new InvalidOperationException(
                    $"Serilog:MinimumLevel:{key} is '{value}', which is not a level: use Verbose, Debug, Information, Warning, Error or Fatal.");
            }
        }
    }
}
