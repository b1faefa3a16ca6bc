using System.Globalization;
using System.Text;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace InformingFutures.Web.Hosting;

/// <summary>
/// Writes log events to standard output in batches, one write for many lines, off the request threads. Under load
/// a write per line cost as much as serving a stored page; a quiet site still shows each line at once, because the
/// first event of a batch goes out immediately.
/// </summary>
internal sealed class ConsoleLines(string outputTemplate) : IBatchedLogEventSink, IDisposable
{
    private readonly MessageTemplateTextFormatter _format = new(outputTemplate, CultureInfo.InvariantCulture);
    private readonly StreamWriter _out = new(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 64 * 1024) { AutoFlush = false };

    public Task EmitBatchAsync(IReadOnlyCollection<LogEvent> batch)
    {
        foreach (var logEvent in batch)
        {
            _format.Format(logEvent, _out);
        }

        _out.Flush();
        return Task.CompletedTask;
    }

    public void Dispose() => _out.Dispose();
}
