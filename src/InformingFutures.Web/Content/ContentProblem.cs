namespace InformingFutures.Web.Content;

/// <summary>A mistake in a content file, located for the editor who has to fix it.</summary>
/// <param name="Path">Path relative to the content root, with forward slashes.</param>
/// <param name="Line">1-based line in the file.</param>
public sealed record ContentProblem(string Path, int Line, string Message)
{
    public override string ToString() => $"{Path}:{Line}: {Message}";
}
