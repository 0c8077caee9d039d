using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchPortal.LuceneEngine.Indexing;

namespace SearchPortal.LuceneEngine.Search;

/// <summary>What a 同句 / 同段 search keeps: the documents, the paragraph entries that hold every term, and for 同句
/// the matching sentence of each such paragraph (what its passage shows).</summary>
public sealed record WithinMatch(Filter Documents, Filter Paragraphs, IReadOnlyDictionary<int, string> Sentences, string Notice);

/// <summary>
/// 同段: the query's required parts, asked of paragraph entries, must all match one entry; a document matches when
/// one of its paragraphs does (paragraph entries follow their document entry in one block, so the owner of entry P is
/// the nearest document entry before P). A regulation's article counts as one paragraph, its 款 together
/// (<see cref="ArticleGroups"/>). 同句: those paragraphs are
/// read back and split into sentences, and one sentence must contain every required term (as text: the words of a
/// typed phrase, any alternative of an OR group).
/// </summary>
public sealed class WithinMatcher(SearchLimits limits)
{
    /// <summary>Null when the query has no required text to place (only filters or title terms).</summary>
    /// <param name="synonyms">The expansions the search used (null when it did not expand).</param>
    /// <param name="access">Only paragraphs of documents this scope may see are read and kept.</param>
    public WithinMatch? Match(IndexSearcher searcher, CompiledSearch search, WithinScope scope, AccessScope access, SynonymMap? synonyms = null)
    {
        if (scope == WithinScope.Document) return null;
        var parts = search.Query.Hints.Parts.Where(p => !QueryFieldMapper.AsksOnlyDocumentFields(p.Query)).ToList();
        if (parts.Count == 0) return null;

        var query = new BooleanQuery { { new TermQuery(new Term(IndexSchema.Kind, IndexSchema.KindParagraph)), Occur.MUST } };
        foreach (var part in parts) query.Add(QueryFieldMapper.ForParagraphs(part.Query), Occur.MUST);
        var maxDoc = searcher.IndexReader.MaxDoc;
        var visible = AccessFilter.Paragraphs.For(access);
        // Hidden paragraphs are neither read for 同句 (nor count against its limit) nor kept.
        var paragraphs = Collect(searcher, new FilteredQuery(query, visible), maxDoc);

        var sentences = new Dictionary<int, string>();
        string? cut = null;
        if (scope == WithinScope.Sentence)
        {
            var checker = new SentenceChecker(RankingBoosts.SplitPreferredYear(search.Parsed.Required).Groups, search.Query.Display.HighlightTerms, synonyms);
            var checkedCount = 0;
            for (var p = paragraphs.NextSetBit(0); p >= 0 && p < maxDoc; p = p + 1 < maxDoc ? paragraphs.NextSetBit(p + 1) : -1)
            {
                if (checkedCount++ >= limits.MaxSentenceCheckParagraphs)
                {
                    paragraphs.Clear(p, maxDoc);
                    cut = $"（只检查了前 {limits.MaxSentenceCheckParagraphs} 个段落）";
                    break;
                }
                var text = searcher.Doc(p, TextField).Get(IndexSchema.Text) ?? "";
                if (checker.FirstMatch(text) is { } sentence) sentences[p] = sentence;
                else paragraphs.Clear(p);
            }
        }

        var documents = new FixedBitSet(maxDoc);
        var owners = Collect(searcher, new TermQuery(new Term(IndexSchema.Kind, IndexSchema.KindDocument)), maxDoc);
        for (var p = paragraphs.NextSetBit(0); p >= 0; p = p + 1 < maxDoc ? paragraphs.NextSetBit(p + 1) : -1)
            if (owners.PrevSetBit(p) is var owner and >= 0) documents.Set(owner);
        // Article members of hidden regulations may be added here; the search itself is restricted to the scope's documents.
        if (scope == WithinScope.Paragraph)
            ArticleGroups.Add(searcher, parts.Select(p => p.Query).ToList(), paragraphs, documents, q => Collect(searcher, q, maxDoc));

        var notice = scope == WithinScope.Sentence
            ? "已限定全部词语出现在同一句中（同句）" + cut
            : "已限定全部词语出现在同一段（条例的一条）中（同段）";
        return new WithinMatch(new GlobalBitsFilter(documents), new GlobalBitsFilter(paragraphs), sentences, notice);
    }

    private static readonly ISet<string> TextField = new HashSet<string> { IndexSchema.Text };

    private static FixedBitSet Collect(IndexSearcher searcher, Query query, int maxDoc)
    {
        var bits = new FixedBitSet(maxDoc);
        searcher.Search(new ConstantScoreQuery(query), new BitsCollector(bits));
        return bits;
    }

    private sealed class BitsCollector(FixedBitSet bits) : ICollector
    {
        private int _docBase;
        public bool AcceptsDocsOutOfOrder => true;
        public void SetScorer(Scorer scorer) { }
        public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;
        public void Collect(int doc) => bits.Set(_docBase + doc);
    }

    /// <summary>Accepts the entries whose global ids are set, one segment's slice at a time.</summary>
    private sealed class GlobalBitsFilter(FixedBitSet global) : Filter
    {
        public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
        {
            var docBase = context.DocBase;
            var maxDoc = context.AtomicReader.MaxDoc;
            if (docBase >= global.Length) return null;
            FixedBitSet? bits = null;
            var end = Math.Min(docBase + maxDoc, global.Length);
            for (var d = global.NextSetBit(docBase); d >= 0 && d < end; d = d + 1 < global.Length ? global.NextSetBit(d + 1) : -1)
            {
                bits ??= new FixedBitSet(maxDoc);
                bits.Set(d - docBase);
            }
            return bits == null ? null : BitsFilteredDocIdSet.Wrap(bits, acceptDocs);
        }
    }
}
