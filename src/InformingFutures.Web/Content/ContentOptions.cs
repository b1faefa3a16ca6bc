using System.ComponentModel.DataAnnotations;

namespace InformingFutures.Web.Content;

/// <summary>Where the Markdown content lives and how much of it the site will read.</summary>
public sealed class ContentOptions
{
    public const string SectionName = "Content";

    /// <summary>
    /// Folder holding the Markdown files. Relative paths resolve against the app's content root;
    /// the environment variable <c>Content__RootPath</c> overrides it so one build can serve another folder.
    /// </summary>
    [Required(ErrorMessage = "Content:RootPath is required: it names the folder of Markdown files the site publishes.")]
    public string RootPath { get; set; } = "content";

    /// <summary>Files larger than this are refused: no page of this toolkit comes near it, a runaway file would.</summary>
    [Range(1, 64 * 1024 * 1024, ErrorMessage = "Content:{0} must be a whole number from {1} to {2}.")]
    public int MaxFileBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// How long one file may take to read before it is left off the site. Every page of the toolkit reads in
    /// milliseconds; the limit is a backstop against Markdown that would keep the parser busy for minutes.
    /// </summary>
    [Range(1, 600_000, ErrorMessage = "Content:{0} must be a whole number from {1} to {2}.")]
    public int ReadTimeoutMilliseconds { get; set; } = 10_000;

    /// <summary>Quiet period after a file change before the content is reloaded, so an editor's save burst reloads once.</summary>
    [Range(0, 1500, ErrorMessage = "Content:{0} must be a whole number from {1} to {2}.")]
    public int ReloadDelayMilliseconds { get; set; } = 150;
}
