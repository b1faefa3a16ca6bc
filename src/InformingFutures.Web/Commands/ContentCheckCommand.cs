using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

using InformingFutures.Web.Content;

namespace InformingFutures.Web.Commands;

/// <summary>
/// <c>dotnet run --project src/InformingFutures.Web -- check [folder]</c>: applies the site's own content rules to
/// a folder and prints one <c>path:line:column: error|warning: message</c> line per problem, for editors and CI.
/// </summary>
public static class ContentCheckCommand
{
    public const string Name = "check";

    /// <returns>0 when there are no errors (warnings allowed), 1 when there are, 2 when the folder is missing.</returns>
    /// <param name="arguments">The arguments after <c>check</c>: an optional folder.</param>
    /// <param name="configuredRoot">Reads the resolved <c>Content:RootPath</c>, checked when no folder is given.</param>
    public static int Run(IReadOnlyList<string> arguments, Func<string> configuredRoot, TextWriter output, TextWriter errors)
    {
        string root;
        try
        {
            root = arguments.Count > 0 ? CommandLinePaths.Resolve(arguments[0]) : configuredRoot();
        }
        catch (OptionsValidationException e)
        {
            errors.WriteLine($"check: {e.Message}");
            return 2;
        }

        var display = arguments.Count > 0 ? arguments[0] : Path.GetRelativePath(CommandLinePaths.CallerDirectory(), root);
        if (!Directory.Exists(root))
        {
            errors.WriteLine($"check: '{display}' is not a folder (looked in {root})");
            return 2;
        }

        var options = Options.Create(new ContentOptions { RootPath = root });
        var loader = new ContentLoader(new ContentFileParser(new MarkdownRenderer()), options, NullLogger<ContentLoader>.Instance);
        using var files = new PhysicalFileProvider(root);
        var snapshot = loader.Load(files, ContentSnapshot.Empty);

        foreach (var problem in snapshot.Problems.OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Column))
        {
            output.WriteLine(problem with { Path = Path.Combine(display, problem.Path).Replace('\\', '/') });
        }

        var errorCount = snapshot.Problems.Count(p => p.IsError);
        var warningCount = snapshot.Problems.Count - errorCount;
        errors.WriteLine($"check: {snapshot.Documents.Count} pages, {errorCount} errors, {warningCount} warnings in {display}");
        return errorCount > 0 ? 1 : 0;
    }
}
