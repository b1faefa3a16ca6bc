namespace InformingFutures.Web.Content;

public enum ProblemSeverity
{
    /// <summary>Not a mistake, but worth knowing before publishing: a draft, a page scheduled for later.</summary>
    Notice,
    Warning,
    Error,
}

/// <summary>A mistake in a content file, located for the editor who has to fix it.</summary>
/// <param name="Path">Path relative to the content root, with forward slashes.</param>
/// <param name="Line">1-based line in the file.</param>
/// <param name="Column">1-based column in the line.</param>
/// <param name="LeavesFileOut">
/// True when the file cannot be published as it is (the site keeps its last good version, if any); false for
/// mistakes the site can work around, such as a broken link, which is still an error to fix.
/// </param>
public sealed record ContentProblem(
    string Path,
    int Line,
    string Message,
    int Column = 1,
    ProblemSeverity Severity = ProblemSeverity.Error,
    bool LeavesFileOut = true)
{
    public bool IsError => Severity == ProblemSeverity.Error;

    /// <summary>
    /// The checker's line format: <c>path:line:column: error|warning|note: message</c>, always one line: a file name
    /// holding a line break cannot start a line of its own in the checker's output or the health report.
    /// </summary>
    public override string ToString() => $"{LogText.Escape(Path)}:{Line}:{Column}: {Label}: {LogText.Escape(Message)}";

    private string Label => Severity switch
    {
        ProblemSeverity.Error => "error",
        ProblemSeverity.Warning => "warning",
        _ => "note",
    };

    public static ContentProblem Warning(string path, int line, int column, string message) =>
        new(path, line, message, column, ProblemSeverity.Warning, LeavesFileOut: false);

    public static ContentProblem Notice(string path, int line, string message) =>
        new(path, line, message, 1, ProblemSeverity.Notice, LeavesFileOut: false);
}
