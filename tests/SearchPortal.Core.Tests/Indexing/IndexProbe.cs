using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using SearchPortal.LuceneEngine.Analysis;
using SearchPortal.LuceneEngine.Indexing;
using SearchPortal.Core.Quotes;

namespace SearchPortal.Core.Tests.Indexing;

/// <summary>Reads a committed index directly (no search service) to check what the indexer wrote.</summary>
public static class IndexProbe
{
    private static readonly BigramAnalyzer Bigrams = new();

    /// <summary>Entries of <paramref name="kind"/> (optionally of one document) containing <paramref name="text"/> verbatim, via the bigram field.</summary>
    public static int Count(string indexPath, string text, string kind = IndexSchema.KindDocument, string? id = null)
    {
        var field = kind switch
        {
            IndexSchema.KindParagraph => IndexSchema.ParagraphBodyBigram,
            IndexSchema.KindQuote => IndexSchema.QuoteBodyBigram,
            _ => IndexSchema.BodyBigram,
        };
        var phrase = new PhraseQuery();
        foreach (var term in AnalyzedText.Analyze(Bigrams, field, text).Terms)
            phrase.Add(new Term(field, term));
        var query = new BooleanQuery
        {
            { phrase, Occur.MUST },
            { new TermQuery(new Term(IndexSchema.Kind, kind)), Occur.MUST },
        };
        if (id != null) query.Add(new TermQuery(new Term(IndexSchema.Id, id)), Occur.MUST);
        return Search(indexPath, s => s.Search(query, 1).TotalHits);
    }

    public static int CountKind(string indexPath, string kind) =>
        Search(indexPath, s => s.Search(new TermQuery(new Term(IndexSchema.Kind, kind)), 1).TotalHits);

    public static T Search<T>(string indexPath, Func<IndexSearcher, T> work)
    {
        using var dir = FSDirectory.Open(indexPath);
        using var reader = DirectoryReader.Open(dir);
        return work(new IndexSearcher(reader));
    }
}
