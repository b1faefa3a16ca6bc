namespace InformingFutures.Web.Tests.Support;

/// <summary>One production-like site over the repository's content, shared by the page tests.</summary>
[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<RepoSiteFactory>
{
    public const string Name = "site";
}
