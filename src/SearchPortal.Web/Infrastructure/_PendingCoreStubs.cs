// TEMPORARY: stands in for Core types other helpers are writing; delete when main has them.
using Microsoft.Extensions.Logging;
using SearchPortal.Core.Documents;
using SearchPortal.Core.Search;

namespace SearchPortal.Core.Indexing
{
    public sealed record IndexProgress(int Done, int Total, string? Current);
    public sealed record IndexRunSummary(int Added);
    public sealed class CorpusIndexer(IndexSchema schema, DocumentParser parser, ILogger? logger)
    {
        public IndexRunSummary Run(string corpusPath, string indexPath, bool full, IProgress<IndexProgress>? progress, CancellationToken ct) => new(0);
    }
}
namespace SearchPortal.Core.Search
{
    public sealed class SearchService(SearchPortal.Core.Indexing.IndexSearcherProvider provider, string dataPath) : ISearchService
    {
        public SearchResponse Search(SearchRequest request) => new() { Page = request.Page, Size = request.Size };
        public DocumentView? GetDocument(string id) => null;
        public IReadOnlyList<SearchHit> Similar(string id, int count = 5) => [];
        public IndexStatistics GetStatistics() => new();
    }
}
