using SearchPortal.Web.Infrastructure;

namespace SearchPortal.Web.Tests.Deployment;

public sealed class SiteContentRootTests
{
    [Fact]
    public void The_binaries_folder_is_the_content_root_when_it_holds_wwwroot()
    {
        // The web project's wwwroot is copied beside its dll, and from there beside the tests'.
        Assert.True(Directory.Exists(Path.Combine(AppContext.BaseDirectory, "wwwroot", "css")));
        Assert.Equal(AppContext.BaseDirectory, SiteContentRoot.Resolve([]));
        Assert.Equal(AppContext.BaseDirectory, SiteContentRoot.Resolve(["--urls", "http://127.0.0.1:5080"]));
    }

    [Theory]
    [InlineData("--contentRoot=/srv/portal")]
    [InlineData("--contentRoot")]
    [InlineData("/contentRoot=/srv/portal")]
    [InlineData("--CONTENTROOT=/srv/portal")]
    public void An_explicit_content_root_is_left_alone(string arg) => Assert.Null(SiteContentRoot.Resolve([arg, "/srv/portal"]));
}
