namespace InformingFutures.Web.Tests.Support;

/// <summary>
/// Wording from the charity's source sheet (shared/source), which the site must reproduce exactly. Tests named
/// <c>SourceText_…</c> hold the charity's resource to it: they are strict on purpose, and fail when that text or its
/// pages change, for no other reason. Every other test takes its counts and addresses from the content.
/// </summary>
public static class SourceText
{
    public const string CopyrightNotice = "Copyright© 2020. Informing Futures is a 1625 Independent People project. 1625 Independent People is a charity and a registered society (Co-operative and Community Benefit Societies Act 2014, reg: 23964R exempt from registration with the Charity Commission). Registered office: Kingsley Hall, 59 Old Market Street, Bristol, BS2 0ER.";

    public const string WebsiteUrl = "http://www.informingfutures.co.uk";

    public const string Introduction = "This resource is part of the Informing Futures toolkit, a free online resource for practitioners seeking to understand and support care and custody experienced young people.";

    public const string Terms = "This resource was funded by The National Lottery Community Fund and is offered free for information, educational and professional development purposes. You may not sell this work, nor may it be used as supporting content for any commercial product or service. All copies of this work must clearly display the original copyright notice and Informing Futures website address. Any on-line reproduction must also provide a link to the Informing Futures website.";

    public const string Contact = "For more information or queries on any of the topics covered in this toolkit, or to find out about training and consultancy we can offer please contact enquiries@1625ip.co.uk.";

    /// <summary>Each model: its URL, title, benefits and challenges.</summary>
    public static readonly (string Url, string Title, string Benefits, string Challenges)[] Models =
    [
        ("/reflective-practice/team", "Team Reflective Practice",
            "Shared understanding of the work supports meaningful reflection. Learnings can be quickly adopted",
            "Team dynamics can affect willingness to participate, and staff may find it hard to step outside the hierarchy of their roles."),
        ("/reflective-practice/organisational", "Organisational Reflective Practice",
            "Disseminates experience and learning across teams. Builds staff understanding of the wider work of the organisation. Builds a sense of shared vision amongst staff.",
            "Learning can be harder to capture and changes may take time to implement. Logistical challenges of managing attendance and booking rooms may increase."),
        ("/reflective-practice/multi-agency", "Multi Agency Reflective Practice",
            "Builds understanding of the culture and remits of different agencies. Can lead to more effective inter agency communication, more appropriate referrals, more useful collaborations.",
            "Differences in organisational culture can make it difficult to capture and absorb learning at an organisational level. Organisational buy in may differ and this can impact on the logistics of managing attendance. Location can be a barrier to staff attending groups"),
    ];
}
