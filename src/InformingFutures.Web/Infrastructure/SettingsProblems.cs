using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace InformingFutures.Web.Infrastructure;

/// <summary>
/// Every setting is checked before the site or a command starts, and a bad one ends the program with one line per
/// problem and exit code 2, as an operator's tools expect: never a stack trace (docs/configuration.md).
/// </summary>
public static partial class SettingsProblems
{
    public const int ExitCode = 2;

    /// <summary>The lines for an exception a setting caused (a failed check, a value of the wrong type), or null for any other.</summary>
    public static IReadOnlyList<string>? Describe(Exception exception) => exception switch
    {
        OptionsValidationException e => [.. e.Failures.Select(OneLine)],
        AggregateException e when e.InnerExceptions.All(i => Describe(i) is not null) => [.. e.InnerExceptions.SelectMany(i => Describe(i)!)],
        // Configuration binding ("Failed to convert configuration value 'x' at 'Pdf:PrintTimeoutSeconds' to type
        // 'System.Int32'") and the log-level check name the setting and the value.
        InvalidOperationException e when e.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal) =>
            [OneLine(e.Message) + " Use a whole number."],
        InvalidOperationException e when e.Message.StartsWith("Serilog:", StringComparison.Ordinal) => [OneLine(e.Message)],
        _ => null,
    };

    /// <summary>Our messages name the setting; a data annotation's wrapper around one ("DataAnnotation validation failed for …") is taken off.</summary>
    private static string OneLine(string message) =>
        DataAnnotationWrapper().Match(message) is { Success: true } wrapped ? wrapped.Groups[1].Value : message.ReplaceLineEndings(" ");

    [GeneratedRegex("^DataAnnotation validation failed for .* with the error: '(.*)'\\.$", RegexOptions.Singleline)]
    private static partial Regex DataAnnotationWrapper();
}
