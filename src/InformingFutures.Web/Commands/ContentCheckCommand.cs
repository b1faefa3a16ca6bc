using InformingFutures.Web.Content;
using InformingFutures.Web.Site;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace InformingFutures.Web.Commands;

/// <summary>
/// <c>dotnet run --project src/InformingFutures.Web -- check [folder] [--format github]</c>: builds the site's
/// snapshot of a folder exactly as the site does and prints one <c>path:line:column: error|warning|note: message</c> line
/// per problem, for editors and CI; with <c>--format github</c>, one GitHub workflow annotation per problem instead.
/// </summary>
public static class ContentCheckCommand
{
    public const string Name = "check";

    /// <summary>The folder to check becomes the content root; the log stays quiet, as every problem is printed.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> Settings(IReadOnlyList<string> arguments)
    {
        yield return new("Serilog:MinimumLevel:Default", "Fatal");
        if (FolderIn(arguments) is { } folder)
        {
            yield return new("Content:RootPath", CommandLinePaths.Resolve(folder));
        }
    }

    /// <returns>0 when there are no errors (warnings allowed), 1 when there are, 2 when the folder is missing or the format unknown.</returns>
    /// <param name="arguments">The arguments after <c>check</c>: an optional folder, and an optional <c>--format text|github</c>.</param>
    public static int Run(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, TextWriter errors)
    {
        Func<ContentProblem, string>? format = CommandLinePaths.ValueAfter(arguments, "--format") switch
        {
            null or "text" => problem => problem.ToString(),
            "github" => GitHubAnnotations.Format,
            _ => null,
        };
        if (format is null)
        {
            errors.WriteLine($"check: unknown format '{CommandLinePaths.ValueAfter(arguments, "--format")}': use 'text' (the default) or 'github'");
            return 2;
        }

        var folder = FolderIn(arguments);
        string display;
        SiteSnapshot snapshot;
        try
        {
            var root = services.GetRequiredService<IOptions<ContentOptions>>().Value.RootPath;
            display = folder ?? Path.GetRelativePath(CommandLinePaths.CallerDirectory(), root);
            using var files = new PhysicalFileProvider(root);
            var builder = services.GetRequiredService<SiteBuilder>();
            snapshot = builder.Build(files, builder.Empty);
        }
        catch (OptionsValidationException e)
        {
            errors.WriteLine("check: " + string.Join(" ", e.Failures));
            return 2;
        }

        var problems = snapshot.Content.Problems;
        foreach (var problem in problems.OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Column))
        {
            output.WriteLine(format(problem with { Path = Path.Combine(display, problem.Path).Replace('\\', '/') }));
        }

        foreach (var failure in snapshot.PartFailures)
        {
            output.WriteLine($"{display}: error: {LogText.Escape(failure)}");
        }

        var errorCount = problems.Count(p => p.IsError);
        var noteCount = problems.Count(p => p.Severity == ProblemSeverity.Notice);
        var notes = noteCount > 0 ? $", {Counted(noteCount, "note")}" : "";
        errors.WriteLine($"check: {Counted(snapshot.Content.Documents.Count, "page")}, {Counted(errorCount + snapshot.PartFailures.Count, "error")}, {Counted(problems.Count - errorCount - noteCount, "warning")}{notes} in {display}");
        return errorCount + snapshot.PartFailures.Count > 0 ? 1 : 0;
    }

    /// <summary>The folder: the first argument that is neither an option nor an option's value.</summary>
    private static string? FolderIn(IReadOnlyList<string> arguments) =>
        arguments.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || arguments[i - 1] != "--format")).FirstOrDefault();

    /// <summary>"1 error", "2 errors".</summary>
    internal static string Counted(int count, string thing) => $"{count} {thing}{(count == 1 ? "" : "s")}";
}
