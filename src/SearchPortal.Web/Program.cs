using SearchPortal.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddSearchPortal();

var app = builder.Build();
app.UseSearchPortal();
app.Run();

/// <summary>Entry point, public for WebApplicationFactory&lt;Program&gt; in the tests.</summary>
public partial class Program;
