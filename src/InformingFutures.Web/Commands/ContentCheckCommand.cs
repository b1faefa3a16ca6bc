using InformingFutures.Web.Content;
using InformingFutures.Web.Site;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace InformingFutures.Web.Commands;

/// <summary>
/// <c>dotnet run --project src/InformingFutures.Web -- check [folder]</c>: builds the site's snapshot of a folder
/// exactly as the site does and prints one <c>path:line:column: error|warning: message</c> line per problem, for
/// editors and CI.
/// </summary>
public static class ContentCheckCommand
{
    public const string Name = "check";

    /// <summary>The folder to check becomes the content root; the log stays quiet, as every problem is printed.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> Settings(IReadOnlyList<string> arguments)
    {
        yield return new("Serilog:MinimumLevel:Default", "Fatal");
        if (arguments.Count > 0)
        {
            yield return new("Content:RootPath", CommandLinePaths.Resolve(arguments[0]));
        }
    }

    /// <returns>0 when there are no errors (warnings allowed), 1 when there are, 2 when the folder is missing.</returns>
    /// <param name="arguments">The arguments after <c>check</c>: an optional folder.</param>
    public static int Run(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, TextWriter errors)
    {
        var root = arguments.Count > 0 ? CommandLinePaths.Resolve(arguments[0]) : "";
        var display = arguments.Count > 0 ? arguments[0] : "";
        SiteSnapshot snapshot;
        try
        {
            root = services.GetRequiredService<IOptions<ContentOptions>>().Value.RootPath;
            display = arguments.Count > 0 ? arguments[0] : Path.GetRelativePath(CommandLinePaths.CallerDirectory(), root);
            using var files = new PhysicalFileProvider(root);
            snapshot = services.GetRequiredService<SiteBuilder>().Build(files, SiteSnapshot.Empty);
        }
        catch (OptionsValidationException)
        {
            errors.WriteLine($"check: '{display}' is not a folder (looked in {root})");
            return 2;
        }

        var problems = snapshot.Content.Problems;
        foreach (var problem in problems.OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Column))
        {
            output.WriteLine(problem with { Path = Path.Combine(display, problem.Path).Replace('\\', '/') });
        }

        var errorCount = problems.Count(p => p.IsError);
        errors.WriteLine($"check: {snapshot.Content.Documents.Count} pages, {errorCount} errors, {problems.Count - errorCount} warnings in {display}");
        return errorCount > 0 ? 1 : 0;
    }
}
