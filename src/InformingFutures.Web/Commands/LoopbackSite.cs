using InformingFutures.Web.Infrastructure;
using InformingFutures.Web.Site;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace InformingFutures.Web.Commands;

/// <summary>
/// What the commands that serve the site to themselves share (<c>export</c>, <c>pdf</c>): quiet logs, an optional
/// <c>--base-url</c> judged by <c>Site:PublicUrl</c>'s rule, and the site on a loopback port of its own.
/// </summary>
public static class LoopbackSite
{
    /// <summary>The command says what it wrote and any problem with the content; not the temporary server's start-up lines or a line per page.</summary>
    /// <param name="arguments">The command's arguments: <c>--base-url</c>, when given, is the site's public address.</param>
    public static IEnumerable<KeyValuePair<string, string?>> Settings(IReadOnlyList<string> arguments)
    {
        yield return new("Serilog:MinimumLevel:Default", "Warning");
        yield return new("Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime", "Warning");
        yield return new("Serilog:MinimumLevel:Override:Microsoft.AspNetCore", "Warning");
        yield return new("Serilog:MinimumLevel:Override:InformingFutures.Web.Site.SiteOptions", "Error"); // no public-address hint: the summary says it
        // A --base-url the rule refuses is left for the command to name as its argument's mistake.
        if (CommandLinePaths.ValueAfter(arguments, "--base-url") is { } baseUrl && SiteOptions.Problem(baseUrl, "--base-url") is null)
        {
            yield return new(SiteOptions.SectionName + ":PublicUrl", baseUrl);
        }
    }

    /// <summary>
    /// A <c>--base-url</c> that <c>Site:PublicUrl</c>'s rule refuses, as one line starting "<paramref name="command"/>: ";
    /// or null. (A bad <c>Site:PublicUrl</c> has already stopped the program: see <see cref="SettingsProblems"/>.)
    /// </summary>
    public static string? AddressProblem(string command, IReadOnlyList<string> arguments) =>
        SiteOptions.Problem(CommandLinePaths.ValueAfter(arguments, "--base-url"), "--base-url") is { } problem ? $"{command}: {problem}" : null;

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
