using SearchPortal.Core.Search;

namespace SearchPortal.Web.Infrastructure;

/// <summary>
/// TEMPORARY, until SearchPortal.Core.Search.SearchService is on main: answers every request with
/// "not ready", so the site runs and its pages can be built and tested in parallel.
/// </summary>
internal sealed class PendingSearchService : ISearchService
{
    public SearchResponse Search(SearchRequest request) =>
        new() { Page = request.Page, Size = request.Size, Notice = "检索服务尚未就绪。" };
    public DocumentView? GetDocument(string id) => null;
    public IReadOnlyList<SearchHit> Similar(string id, int count = 5) => [];
    public IndexStatistics GetStatistics() => new();
}
