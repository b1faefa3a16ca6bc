using InformingFutures.Web.Content;

namespace InformingFutures.Web.Commands;

/// <summary>
/// Content problems as GitHub workflow commands (<c>::error file=…,line=…,col=…::message</c>), which GitHub shows
/// on the pull request's changed line, where the editor is looking, rather than only in the CI log.
/// </summary>
public static class GitHubAnnotations
{
    public static string Format(ContentProblem problem) =>
        $"::{Command(problem.Severity)} file={Property(problem.Path)},line={problem.Line},col={problem.Column}::{Data(problem.Message)}";

    private static string Command(ProblemSeverity severity) => severity switch
    {
        ProblemSeverity.Error => "error",
        ProblemSeverity.Warning => "warning",
        _ => "notice",
    };

    // GitHub's escaping for workflow commands: a message may not hold line breaks, a property not ':' or ',' either.
    private static string Data(string text) => text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string text) => Data(text).Replace(":", "%3A").Replace(",", "%2C");
}
