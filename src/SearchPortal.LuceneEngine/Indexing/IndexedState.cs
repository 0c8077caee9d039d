using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchPortal.Core.Quotes;

namespace SearchPortal.LuceneEngine.Indexing;

/// <summary>
/// What the last commit holds that an incremental run needs: id → content hash of every document entry, and
/// whether quotation entries exist. Read from doc values; segments written before the doc-values fields existed
/// (or documents in them) fall back to the stored fields, so an old index works unchanged (it is just slower
/// until its documents are rewritten or it is rebuilt with <c>--full</c>).
/// </summary>
public sealed class IndexedState
{
    private static readonly ISet<string> StoredIdAndHash = new HashSet<string> { IndexSchema.Id, IndexSchema.Hash };

    public Dictionary<string, string> Hashes { get; } = new(StringComparer.Ordinal);
    public bool HasQuoteEntries { get; private set; }
    /// <summary>Document entries whose hash came from stored fields (an index older than the doc-values fields).</summary>
    public int StoredFieldReads { get; private set; }

    public static IndexedState Empty => new();

    public static IndexedState Read(Lucene.Net.Store.Directory directory)
    {
        var state = new IndexedState();
        if (!DirectoryReader.IndexExists(directory)) return state;
        using var reader = DirectoryReader.Open(directory);
        foreach (var leaf in reader.Leaves) state.ReadLeaf(leaf.AtomicReader);
        state.HasQuoteEntries = new IndexSearcher(reader)
            .Search(new TermQuery(new Term(IndexSchema.Kind, IndexSchema.KindQuote)), 1).TotalHits > 0;
        return state;
    }

    private void ReadLeaf(AtomicReader leaf)
    {
        var docs = leaf.GetTermDocsEnum(new Term(IndexSchema.Kind, IndexSchema.KindDocument)); // live documents only
        if (docs == null) return;
        var ids = leaf.GetBinaryDocValues(IndexSchema.Id);
        var hashes = leaf.GetBinaryDocValues(IndexSchema.Hash);
        var id = new BytesRef();
        var hash = new BytesRef();
        int doc;
        while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
        {
            if (ids != null && hashes != null)
            {
                ids.Get(doc, id);
                hashes.Get(doc, hash);
                // Empty: a document from an older segment merged with newer ones (no doc values of its own).
                if (id.Length > 0 && hash.Length > 0)
                {
                    Hashes[id.Utf8ToString()] = hash.Utf8ToString();
                    continue;
                }
            }
            var stored = leaf.Document(doc, StoredIdAndHash);
            Hashes[stored.Get(IndexSchema.Id)] = stored.Get(IndexSchema.Hash);
            StoredFieldReads++;
        }
    }
}
