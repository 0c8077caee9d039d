using System.Diagnostics;
using Lucene.Net.Search;
using SearchPortal.LuceneEngine.Indexing;

namespace SearchPortal.LuceneEngine.Search;

/// <summary>
/// Document search: the query language over document entries (a document appears once), facet counts in the same
/// pass (drill-sideways), known titles ranked first, 1–3 highlighted passages per hit, and a hint when nothing matched.
/// Unexpected exceptions are not caught here: they reach the site's one error boundary.
/// </summary>
public sealed class DocumentSearch(
    IndexSearcherProvider provider, QueryCompiler compiler, SearchPasses passes, HitReader hits, ZeroHitAdvisor advisor, SearchLimits limits,
    WithinMatcher within)
    : ISearchService
{
    public const string NoIndexNotice = "索引尚未建立，请先运行索引程序。";

    private readonly EntryKind _documents = EntryKind.Documents(provider.Schema);

    public SearchResponse Search(SearchRequest request)
    {
        var watch = Stopwatch.StartNew();
        var (page, size) = limits.ClampPaging(request.Page, request.Size);
        var response = provider.Use(searcher => searcher == null
            ? new SearchResponse { Page = page, Size = size, Notice = NoIndexNotice }
            : Run(searcher, request, page, size));
        response.TookMs = watch.ElapsedMilliseconds;
        return response;
    }

    public IReadOnlyList<string> HighlightTerms(string query) => compiler.Compile(query, expand: true).Query.Display.HighlightTerms;

    private SearchResponse Run(EngineSearcher searcher, SearchRequest request, int page, int size)
    {
        var filters = request.Filters ?? new Dictionary<string, IReadOnlyList<string>>();
        var selection = FacetSelection.Resolve(searcher.IndexReader, _documents.Facets, filters);
        (CompiledSearch, Query?) CompileWithTitles(string? text)
        {
            var s = compiler.Compile(text, request.Expand);
            return (s, s.Query.HasText
                ? searcher.State.Get(r => new TitleMatcher(r, compiler.Rules.TitlePrefixes)).Query(s.Query.Display.TitleText, s.Query.Display.PreferredYear)
                : null);
        }
        // 纪律处分条例 第二十八条: the regulation is searched by its name and the article becomes the passage; a reference
        // beside words that name no title stays ordinary text.
        var article = ArticleQuery.Split(request.Query);
        var (search, titles) = CompileWithTitles(article?.Text ?? request.Query);
        if (article != null && titles == null)
        {
            (search, titles) = CompileWithTitles(request.Query);
            article = null;
        }
        var compiled = search.Query;
        var articleTitle = article == null ? null
            : ArticleQuery.PreferCurrentTitle(searcher.State.Get(r => new TitleMatcher(r, compiler.Rules.TitlePrefixes)), compiled.Display.TitleText);
        // Only a query naming a document (a title match) asks for a regulation as such; a question about its content
        // (哪些情形应当从重处分) ranks every edition by what it says.
        var preferCurrent = titles != null && compiled.Display.PreferredYear == null && !EditionPreference.StatusChosen(search.Parsed, selection);
        // 同句 / 同段 (asked in the text, the form or the API): only documents with a paragraph or sentence holding
        // every required term, and that paragraph or sentence as the passage.
        var scope = request.Scope;
        var place = within.Match(searcher, search, WithinSyntax.Stricter(request.Within, search.Parsed.Within), scope,
            request.Expand ? compiler.Rules.Synonyms : null);
        Query Anywhere(Query q)
        {
            var decorated = titles == null ? q : new BooleanQuery { { q, Occur.MUST }, { titles, Occur.SHOULD } };
            if (articleTitle != null && preferCurrent) ((BooleanQuery)decorated).Add(articleTitle, Occur.SHOULD);
            return preferCurrent ? EditionPreference.Demote(decorated) : decorated;
        }
        Query WithTitles(Query q) =>
            place == null ? Anywhere(q) : new FilteredQuery(Anywhere(q), place.Documents, FilteredQuery.QUERY_FIRST_FILTER_STRATEGY);

        // The scope filters every pass inside the engine: hits, totals, facet counts (drill-sideways too) and hints.
        var pass = passes.Run(searcher, _documents, scope, search, selection, DateSorts.For(request.Sort), page * size, WithTitles);
        compiled = pass.Search.Query;
        var notices = new List<string>(pass.Search.Parsed.Notices);
        if (place != null && !pass.Literal) notices.Add(place.Notice);
        else place = null;
        if (!pass.Literal)
        {
            if (filters.Any(f => f.Value != null && f.Value.Any(v => !string.IsNullOrWhiteSpace(v) && !selection.IsSelected(f.Key, v.Trim()))))
                notices.Add("部分筛选条件在索引中不存在，已忽略");
            if (compiled.Display.Ignored.Count > 0) notices.Add($"已忽略疑问词：{string.Join("、", compiled.Display.Ignored)}");
            if (pass.RelaxNotice != null) notices.Add(pass.RelaxNotice);
        }

        var topDocs = pass.Top.GetTopDocs((page - 1) * size, size);
        return new SearchResponse
        {
            Total = pass.Total,
            Page = page,
            Size = size,
            Notice = notices.Count == 0 ? null : string.Join("；", notices.Distinct()),
            Expanded = compiled.Display.Expanded,
            Hint = pass.Total > 0 ? null
                : (place != null ? WithinHint(passes.Run(searcher, _documents, scope, pass.Search, selection, DateSorts.For(request.Sort), 1, Anywhere).Total) : null)
                  ?? advisor.Advise(searcher, _documents, scope, compiled, selection),
            Hits = hits.ReadWithPassages(searcher, topDocs.ScoreDocs, compiled, place, article?.Number),
            Facets = pass.Facets.Facets(),
            HighlightTerms = compiled.Display.HighlightTerms,
        };
    }

    /// <summary>Nothing in one sentence or paragraph: how many documents have the words apart (the same filters); null
    /// when none has them at all (the advisor's hint then says which word is missing).</summary>
    private static string? WithinHint(int anywhere) =>
        anywhere == 0 ? null : $"这些词没有出现在同一句（段）中；词语位置改为“不限”可找到 {anywhere} 篇";
}
