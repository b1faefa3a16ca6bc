namespace InformingFutures.Web.Site;

/// <summary>
/// What an editor sees while writing, in Development only: drafts and scheduled pages served with a banner saying
/// so, and every open page reloading itself when a content file is saved. <c>appsettings.Development.json</c>
/// turns it on; <c>check</c> and <c>export</c> turn it off, as they judge what the public site will show.
/// </summary>
public sealed class PreviewOptions
{
    public const string SectionName = "Preview";

    public bool Enabled { get; set; }
}
