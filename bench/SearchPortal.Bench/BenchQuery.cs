using System.Diagnostics;
using SearchPortal.LuceneEngine.Indexing;
using SearchPortal.LuceneEngine.Search;

/// <summary>
/// The query phase through the product's document search as the site runs it: exact total, top 10, stored id/title and
/// up to three highlighted passages per hit — plus what the product always does on top (facet counts over every
/// facet, the bigram safety net, query understanding, paragraph passages with heading paths). The access scope is
/// anonymous unless SP_BENCH_SCOPE says <c>everything</c> (no filter), <c>signed-in</c> or <c>group:NAME[,NAME]</c>:
/// how much the access filter costs (README "访问级别").
/// </summary>
internal static class BenchQuery
{
    public static int Run(string indexDir, string queriesFile, string hitsTsv, int passes, string dataPath)
    {
        var init = Stopwatch.StartNew();
        var schema = IndexSchema.Load(dataPath);
        using var provider = new IndexSearcherProvider(indexDir, schema);
        var service = SearchEngine.Create(provider, new SearchPortal.Core.Configuration.SearchPortalOptions { DataPath = dataPath }).Documents;
        var queries = File.ReadAllLines(queriesFile).Select(q => q.Trim()).Where(q => q.Length > 0).ToList();
        var scope = Scope(Environment.GetEnvironmentVariable("SP_BENCH_SCOPE"));
        Console.Error.WriteLine($"access scope: {scope.Key}");
        var initSeconds = init.Elapsed.TotalSeconds;
        var docs = provider.Use(s => s == null ? 0 : s.IndexReader.NumDocs);
        return QueryRunner.Run(queries, hitsTsv, passes, initSeconds, docs, BenchJson.FullEngine, q =>
        {
            var r = service.Search(new SearchRequest { Query = q, Size = 10, Page = 1, Scope = scope });
            return new QueryResult((int)r.Total, r.Hits.Select(h => new QueryHit(h.Id, h.Title, h.Passages.Select(p => p.Html).ToList())).ToList());
        });
    }

    private static AccessScope Scope(string? text) => text switch
    {
        null or "" or "anonymous" => AccessScope.Anonymous,
        "everything" => AccessScope.Everything,
        "signed-in" => AccessScope.SignedIn([]),
        _ when text.StartsWith("group:") => AccessScope.SignedIn(text["group:".Length..].Split(',')),
        _ => throw new ArgumentException("SP_BENCH_SCOPE: anonymous | everything | signed-in | group:NAME[,NAME]"),
    };
}
