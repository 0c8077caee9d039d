using SearchPortal.Web.Infrastructure;

// The content root is the binaries' folder when it holds wwwroot, wherever the site is started from (SiteContentRoot).
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = SiteContentRoot.Resolve(args) });
builder.AddSearchPortal();

var app = builder.Build();
app.UseSearchPortal();
app.Run();

/// <summary>Entry point, public for WebApplicationFactory&lt;Program&gt; in the tests.</summary>
public partial class Program;
