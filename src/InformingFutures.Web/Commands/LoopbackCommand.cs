using InformingFutures.Web.Site;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace InformingFutures.Web.Commands;

/// <summary>
/// What the commands that serve the site to themselves share (<c>export</c>, <c>pdf</c>): quiet logs, an optional
/// <c>--base-url</c> judged by <c>Site:PublicUrl</c>'s rule, and the site on a loopback port of its own.
/// </summary>
public static class LoopbackCommand
{
    /// <summary>The command says what it wrote and any problem with the content; not the temporary server's start-up lines or a line per page.</summary>
    /// <param name="arguments">The command's arguments: <c>--base-url</c>, when given, is the site's public address.</param>
    public static IEnumerable<KeyValuePair<string, string?>> Settings(IReadOnlyList<string> arguments)
    {
        yield return new("Serilog:MinimumLevel:Default", "Warning");
        yield return new("Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime", "Warning");
        yield return new("Serilog:MinimumLevel:Override:Microsoft.AspNetCore", "Warning");
        yield return new("Serilog:MinimumLevel:Override:InformingFutures.Web.Site.SiteOptions", "Error"); // no public-address hint: the summary says it
        if (CommandLinePaths.ValueAfter(arguments, "--base-url") is { } baseUrl)
        {
            yield return new(SiteOptions.SectionName + ":PublicUrl", baseUrl);
        }
    }

    /// <summary>
    /// A <c>--base-url</c> that is not a bare http or https origin, or a <c>Site:PublicUrl</c> that is not (its start-up
    /// check would end the command with a stack trace), as one line starting "<paramref name="command"/>: "; or null.
    /// </summary>
    public static string? AddressProblem(string command, IReadOnlyList<string> arguments, IOptions<SiteOptions> site)
    {
        if (CommandLinePaths.ValueAfter(arguments, "--base-url") is { } baseUrl)
        {
            return new SiteOptions { PublicUrl = baseUrl }.Problem() is null ? null
                : $"{command}: --base-url '{baseUrl}' must be an absolute http or https address of the site's root, such as https://toolkit.example.org (no path, query or fragment)";
        }

        try
        {
            return site.Value.Problem() is { } addressProblem ? $"{command}: " + addressProblem : null;
        }
        catch (OptionsValidationException e)
        {
            return $"{command}: " + e.Message;
        }
    }

    /// <summary>Serves the site on a loopback port of its own; stop it with <c>app.StopAsync()</c>.</summary>
    /// <returns>Its address.</returns>
    public static async Task<Uri> StartAsync(WebApplication app, string command)
    {
        app.Urls.Clear();
        app.Urls.Add("http://127.0.0.1:0");
        app.UseToolkitPipeline();
        app.MapToolkit();
        await app.StartAsync();
        return new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException($"{command}: the temporary server has no address"));
    }
}
