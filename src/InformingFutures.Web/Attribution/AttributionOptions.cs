using System.ComponentModel.DataAnnotations;

namespace InformingFutures.Web.Attribution;

/// <summary>
/// The charity's terms of use require every copy to show its copyright notice and website address, and every
/// online copy to link to the website. These settings feed the footer on every page, so the site will not
/// start without them.
/// </summary>
public sealed class AttributionOptions
{
    public const string SectionName = "Attribution";

    /// <summary>Name shown in the header and page titles.</summary>
    [Required(ErrorMessage = "Attribution:SiteName is required.")]
    public string SiteName { get; set; } = "";

    /// <summary>The organisation credited as author in "Cite this resource".</summary>
    [Required(ErrorMessage = "Attribution:Organisation is required: it is the author in every citation.")]
    public string Organisation { get; set; } = "";

    /// <summary>The original copyright notice, word for word.</summary>
    [Required(ErrorMessage = "Attribution:CopyrightNotice is required: the charity's terms require its copyright notice on every copy.")]
    public string CopyrightNotice { get; set; } = "";

    /// <summary>
    /// The opening of the notice, for places too small for all of it: every printed sheet and every slide.
    /// The full notice still appears once in each printout and deck.
    /// </summary>
    [Required(ErrorMessage = "Attribution:ShortNotice is required: it is printed on every sheet and slide.")]
    public string ShortNotice { get; set; } = "";

    /// <summary>The Informing Futures website, linked from every page.</summary>
    [Required(ErrorMessage = "Attribution:WebsiteUrl is required: the charity's terms require a link to the Informing Futures website on every online copy.")]
    [Url(ErrorMessage = "Attribution:WebsiteUrl must be an absolute http or https address, such as http://www.informingfutures.co.uk.")]
    public string WebsiteUrl { get; set; } = "";

    /// <summary>The website address as printed on copies (without the scheme).</summary>
    [Required(ErrorMessage = "Attribution:WebsiteLabel is required: it is the website address printed on every copy.")]
    public string WebsiteLabel { get; set; } = "";

    /// <summary>Who funded the resource.</summary>
    [Required(ErrorMessage = "Attribution:FundingStatement is required.")]
    public string FundingStatement { get; set; } = "";

    /// <summary>The terms of use that follow the funding statement in the source.</summary>
    [Required(ErrorMessage = "Attribution:TermsOfUse is required.")]
    public string TermsOfUse { get; set; } = "";

    /// <summary>The sentence inviting queries, up to (not including) the contact address.</summary>
    public string ContactStatement { get; set; } = "";

    public string ContactEmail { get; set; } = "";
}
