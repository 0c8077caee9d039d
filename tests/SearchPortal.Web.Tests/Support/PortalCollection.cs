namespace SearchPortal.Web.Tests.Support;

/// <summary>One site (and one start-up index build) shared by the page tests; 2 cores, so build it once.</summary>
[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFactory>
{
    public const string Name = "portal";
}
