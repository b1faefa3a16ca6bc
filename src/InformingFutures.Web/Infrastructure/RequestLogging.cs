using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Serilog;
using Serilog.Events;

namespace InformingFutures.Web.Infrastructure;

/// <summary>
/// One line per request from Serilog.AspNetCore's request logging: "HTTP GET /reflective-practice/team responded
/// 200 in 0.3 ms (request …)". The address is the one the client sent, before ASP.NET decoded and normalised it, with
/// anything but visible ASCII percent-encoded: no value can hold a space or a line break, so none can read as
/// another part of the line or as another line. Health probes are logged at Debug, so they do not fill the log, and
/// in Development (an editor's preview) so is everything but pages.
/// </summary>
public static class RequestLogging
{
    public const string Template = "HTTP {RequestMethod:l} {RequestTarget:l} responded {StatusCode} in {Elapsed:0.0} ms (request {RequestId:l})";

    public static IApplicationBuilder UseToolkitRequestLogging(this IApplicationBuilder app)
    {
        // An editor previewing reads the log for their content's mistakes: there, only pages are logged at Information,
        // not each stylesheet, script, image or PDF a page brings with it.
        var previewing = app.ApplicationServices.GetRequiredService<IHostEnvironment>().IsDevelopment();
        return app.UseSerilogRequestLogging(options =>
        {
            options.MessageTemplate = Template;
            // The site's logger, not Serilog's static one, which the site leaves unset (tests host many sites at once).
            options.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
            options.GetLevel = (context, _, error) =>
                error is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error
                : HealthProbes.IsHealthPath(context.Request.Path) ? LogEventLevel.Debug
                : previewing && context.Response.ContentType?.StartsWith("text/html", StringComparison.Ordinal) != true ? LogEventLevel.Debug
                : LogEventLevel.Information;
            options.EnrichDiagnosticContext = (diagnostics, context) =>
            {
                diagnostics.Set("RequestTarget", AsSent(context));
                diagnostics.Set("RequestId", context.TraceIdentifier);
            };
        });
    }

    /// <summary>The path as the request line held it (no query: searches are readers' words, not the operator's business).</summary>
    public static string AsSent(HttpContext context)
    {
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (string.IsNullOrEmpty(raw))
        {
            raw = context.Request.PathBase + context.Request.Path; // hosts without a raw target (the test server)
        }

        var query = raw.IndexOf('?');
        return Visible(query < 0 ? raw : raw[..query]);
    }

    private static string Visible(string value)
    {
        if (value.All(c => c is > ' ' and < '\u007f' and not '"'))
        {
            return value;
        }

        var visible = new StringBuilder(value.Length * 3);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (b is > (byte)' ' and < 0x7f and not (byte)'"')
            {
                visible.Append((char)b);
            }
            else
            {
                visible.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return visible.ToString();
    }
}
