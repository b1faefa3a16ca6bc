namespace InformingFutures.Web.Presentation;

/// <summary>One slide of a workshop deck. Every slide's text comes from the content files.</summary>
public abstract record Slide(string Title)
{
    /// <summary>What the trainer says over this slide (rendered Markdown), or null: presenter view and notes pages only.</summary>
    public string? NotesHtml { get; init; }
}

/// <summary>Opens the deck: the resource's title and where it comes from.</summary>
public sealed record TitleSlide(string Title, string Subtitle) : Slide(Title);

/// <summary>A heading with a block of rendered Markdown; the kicker names the page it came from.</summary>
public sealed record ProseSlide(string Title, string Html, string? Kicker = null) : Slide(Title);

/// <summary>One model: its benefits beside its challenges.</summary>
public sealed record ModelSlide(string Title, string BenefitsHtml, string ChallengesHtml) : Slide(Title);

/// <summary>One aspect (benefits or challenges) of every model, side by side.</summary>
public sealed record ComparisonSlide(string Title, IReadOnlyList<(string Model, string Html)> Columns) : Slide(Title);
