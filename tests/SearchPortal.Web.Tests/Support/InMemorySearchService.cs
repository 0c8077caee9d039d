using System.Diagnostics;
using System.Net;
using SearchPortal.Core.Corpus;
using SearchPortal.Core.Documents;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Search;

namespace SearchPortal.Web.Tests.Support;

/// <summary>
/// A plain substring search over parsed documents, for page tests that need full control of the data
/// (and a stand-in while the Lucene search service is written). Same contract as the real service:
/// AND of words, OR within a facet, drill-sideways facet counts, encoded passages with &lt;mark&gt;.
/// </summary>
public sealed class InMemorySearchService : ISearchService
{
    private readonly List<ParsedDocument> _docs;

    public InMemorySearchService(IEnumerable<ParsedDocument> docs) => _docs = docs.ToList();

    public static InMemorySearchService FromFolder(string corpus, string dataPath)
    {
        var parser = DocumentParser.CreateDefault(dataPath);
        var docs = new List<ParsedDocument>();
        foreach (var path in Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories).Order())
        {
            var id = Path.GetRelativePath(corpus, path).Replace('\\', '/');
            var info = new FileInfo(path);
            var file = new CorpusFile(id, path, info.Length, info.LastWriteTimeUtc);
            if (!parser.CanRead(path)) continue;
            try { docs.Add(parser.Parse(file)); } catch (DocumentReadException) { }
        }
        return new InMemorySearchService(docs);
    }

    private static string Facet(ParsedDocument d, string field) => field switch
    {
        IndexSchema.Type => d.Metadata.Type,
        IndexSchema.Year => d.Metadata.Year?.ToString() ?? "",
        IndexSchema.Level => d.Metadata.Level,
        IndexSchema.Role => d.Metadata.Role,
        IndexSchema.Occasion => d.Metadata.Occasion,
        _ => "",
    };

    private static IEnumerable<string> FacetValues(ParsedDocument d, string field) =>
        field == IndexSchema.Topic ? d.Metadata.Topics : Facet(d, field) is { Length: > 0 } v ? [v] : [];

    public IReadOnlyList<string> HighlightTerms(string query) => query.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public SearchResponse Search(SearchRequest request)
    {
        var clock = Stopwatch.StartNew();
        var words = HighlightTerms(request.Query).ToArray();
        bool TextMatch(ParsedDocument d) => words.All(w => d.Title.Contains(w) || d.Body.Contains(w));
        bool FilterMatch(ParsedDocument d, string? except) => request.Filters.All(f =>
            f.Key == except || FacetValues(d, f.Key).Any(f.Value.Contains));

        var matching = _docs.Where(TextMatch).ToList();
        var hits = matching.Where(d => FilterMatch(d, null)).ToList();
        var facets = new Dictionary<string, IReadOnlyList<FacetValue>>();
        foreach (var field in IndexSchema.FacetFields)
        {
            request.Filters.TryGetValue(field, out var selected);
            facets[field] = matching.Where(d => FilterMatch(d, field))
                .SelectMany(d => FacetValues(d, field))
                .GroupBy(v => v).Select(g => new FacetValue(g.Key, g.Count(), selected?.Contains(g.Key) == true))
                .OrderByDescending(v => v.Count).ThenBy(v => v.Value).ToList();
        }
        var ordered = request.Sort switch
        {
            SearchSort.Newest => hits.OrderByDescending(d => d.Metadata.Date),
            SearchSort.Oldest => hits.OrderBy(d => d.Metadata.Date),
            _ => hits.OrderByDescending(d => words.Sum(w => Count(d.Body, w))),
        };
        return new SearchResponse
        {
            Total = hits.Count,
            Page = request.Page,
            Size = request.Size,
            Hits = ordered.Skip((request.Page - 1) * request.Size).Take(request.Size).Select(d => ToHit(d, words)).ToList(),
            Facets = facets,
            HighlightTerms = words,
            Hint = hits.Count == 0 ? "去掉一个词或筛选条件再试。" : null,
            TookMs = clock.ElapsedMilliseconds,
        };
    }

    private static int Count(string text, string word)
    {
        var n = 0;
        for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + word.Length, StringComparison.Ordinal)) n++;
        return n;
    }

    private static SearchHit ToHit(ParsedDocument d, string[] words) => new()
    {
        Id = d.Id,
        Title = d.Title,
        Type = d.Metadata.Type,
        Year = d.Metadata.Year,
        Date = d.Metadata.Date?.ToString("yyyy-MM-dd"),
        Level = d.Metadata.Level,
        Role = d.Metadata.Role,
        Speaker = d.Metadata.Speaker,
        Occasion = d.Metadata.Occasion,
        Topics = d.Metadata.Topics,
        Passages = d.Paragraphs.Where(p => p.HeadingLevel == 0 && words.Any(w => p.Text.Contains(w))).Take(3)
            .Select(p => new Passage(p.Ordinal, p.HeadingPath, Mark(p.Text.Length > 160 ? p.Text[..160] + "…" : p.Text, words)))
            .ToList(),
    };

    private static string Mark(string text, string[] words)
    {
        var html = WebUtility.HtmlEncode(text);
        foreach (var w in words) html = html.Replace(WebUtility.HtmlEncode(w), "<mark>" + WebUtility.HtmlEncode(w) + "</mark>");
        return html;
    }

    public DocumentView? GetDocument(string id) => _docs.FirstOrDefault(d => d.Id == id) is { } d ? new DocumentView
    {
        Id = d.Id,
        Title = d.Title,
        Type = d.Metadata.Type,
        Year = d.Metadata.Year,
        Date = d.Metadata.Date?.ToString("yyyy-MM-dd"),
        Level = d.Metadata.Level,
        Role = d.Metadata.Role,
        Speaker = d.Metadata.Speaker,
        Occasion = d.Metadata.Occasion,
        Topics = d.Metadata.Topics,
        Format = d.Format,
        Paragraphs = d.Paragraphs.Select(p => new StoredParagraph(p.Ordinal, p.HeadingPath, p.HeadingLevel, p.Text)).ToList(),
        Outline = d.Paragraphs.Where(p => p.IsHeading).Select(p => new StoredParagraph(p.Ordinal, p.HeadingPath, p.HeadingLevel, p.Text)).ToList(),
        Original = d.OriginalText,
    } : null;

    public IReadOnlyList<SearchHit> Similar(string id, int count = 5) =>
        _docs.Where(d => d.Id != id).Take(count).Select(d => ToHit(d, [])).ToList();

    public IndexStatistics GetStatistics() => new()
    {
        Documents = _docs.Count,
        Paragraphs = _docs.Sum(d => d.Paragraphs.Count),
        LatestDate = _docs.Max(d => d.Metadata.Date)?.ToString("yyyy-MM-dd"),
        LastCommit = DateTimeOffset.UtcNow,
        Facets = Search(new SearchRequest()).Facets,
        Newest = _docs.OrderByDescending(d => d.Metadata.Date).Take(8).Select(d => ToHit(d, [])).ToList(),
    };
}
