using Serilog;
using Serilog.Configuration;
using Serilog.Events;

namespace InformingFutures.Web.Hosting;

/// <summary>
/// Serilog, configured in code: console output in batches from a background queue (<see cref="ConsoleLines"/>), with the levels read from the
/// <c>Serilog:MinimumLevel</c> section (<c>Default</c>, and <c>Override:&lt;source&gt;</c>). Reading the whole logger from
/// configuration (Serilog.Settings.Configuration) scanned assemblies for sinks and cost about a tenth of a second at
/// every start.
/// </summary>
public static class ToolkitLogging
{
    public const string OutputTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}";

    public static WebApplicationBuilder AddToolkitLogging(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        var levels = builder.Configuration.GetSection("Serilog:MinimumLevel");
        // Serilog writes the console; other logging providers (a test's, say) still receive every event.
        builder.Logging.ClearProviders();
        builder.Services.AddSerilog(
            (services, logger) =>
            {
                // "MinimumLevel": "Debug" is short for its Default, as in Serilog's own configuration.
                logger.MinimumLevel.Is(Level(string.IsNullOrEmpty(levels.Value) ? levels["Default"] : levels.Value, "Default", LogEventLevel.Information));
                foreach (var source in levels.GetSection("Override").GetChildren())
                {
                    logger.MinimumLevel.Override(source.Key, Level(source.Value, $"Override:{source.Key}", LogEventLevel.Information));
                }

                logger
                    // Off: the request log line says what it would. Enabled at any level, it has ASP.NET start an
                    // Activity and a log scope for every request.
                    .MinimumLevel.Override("Microsoft.AspNetCore.Hosting.Diagnostics", LevelAlias.Off)
                    .Enrich.FromLogContext()
                    // Lines go out within a tenth of a second; under a flood the queue holds at most 100,000 and drops
                    // the rest rather than grow without bound.
                    .WriteTo.Sink(new ConsoleLines(OutputTemplate), new BatchingOptions
                    {
                        BatchSizeLimit = 1000,
                        BufferingTimeLimit = TimeSpan.FromMilliseconds(100),
                        EagerlyEmitFirstEvent = true,
                        QueueLimit = 100_000,
                    })
                    .ReadFrom.Services(services);
            },
            preserveStaticLogger: true,
            writeToProviders: true);
        return builder;
    }

    private static LogEventLevel Level(string? value, string key, LogEventLevel otherwise) =>
        string.IsNullOrEmpty(value) ? otherwise
        : Enum.TryParse<LogEventLevel>(value, ignoreCase: true, out var level) && Enum.IsDefined(level) ? level
        : throw new InvalidOperationException(
            $"Serilog:MinimumLevel:{key} is '{value}', which is not a level: use Verbose, Debug, Information, Warning, Error or Fatal.");
}
