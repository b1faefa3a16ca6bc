namespace InformingFutures.Web.Content;

/// <summary>The YAML block at the top of every content file.</summary>
public sealed record FrontMatter
{
    /// <summary>Page heading and the start of the browser title.</summary>
    public string? Title { get; init; }

    /// <summary>One sentence, shown in lists and used as the meta description.</summary>
    public string? Summary { get; init; }

    /// <summary>Position among the pages of its section (lowest first).</summary>
    public int Order { get; init; }

    /// <summary><c>page</c> (the default) or <c>model</c>: a model appears in its section's comparison table.</summary>
    public string Type { get; init; } = "page";

    public bool IsModel => string.Equals(Type, "model", StringComparison.OrdinalIgnoreCase);
}
