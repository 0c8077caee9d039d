using Microsoft.Extensions.DependencyInjection;
using SearchPortal.LuceneEngine.Hosting;

namespace SearchPortal.Engine;

/// <summary>
/// The engine-neutral name under which a host registers the engine it references (this assembly: Lucene), so the
/// host's code names no engine: choosing another engine is a project reference, not a code change in the site.
/// </summary>
public static class SearchEngineRegistration
{
    public static IServiceCollection AddSearchEngine(this IServiceCollection services) => services.AddLuceneSearchEngine();
}
