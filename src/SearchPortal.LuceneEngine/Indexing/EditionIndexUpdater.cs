using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPortal.Core.Documents;

namespace SearchPortal.LuceneEngine.Indexing;

/// <summary>
/// Keeps regulation statuses in step with their lineages. A document is indexed with the status it has on its own
/// (现行有效, or 已废止 from Data/repealed.txt); after a run, <see cref="Changes"/> groups the document entries by
/// edition key and returns the documents whose stored status differs from their lineage's verdict (an older
/// edition when a newer one was added, the previous edition when the newest was removed). The indexer rewrites
/// those documents, so the status is an ordinary facet value, counted and filtered like the others.
/// </summary>
public sealed class EditionIndexUpdater
{
    private static readonly HashSet<string> Fields =
        [IndexSchema.Id, IndexSchema.Title, IndexSchema.EditionKey, IndexSchema.EditionYear, IndexSchema.Status];

    /// <summary>Id → the status that document must have, for every document whose stored status is wrong.</summary>
    public IReadOnlyDictionary<string, string> Changes(IndexWriter writer)
    {
        using var reader = DirectoryReader.Open(writer, applyAllDeletes: true);
        var lineages = new Dictionary<string, List<Edition>>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(IndexSchema.EditionKey);
            if (terms == null) continue;
            var live = leaf.AtomicReader.LiveDocs;
            var e = terms.GetEnumerator();
            DocsEnum? docs = null;
            while (e.MoveNext())
            {
                docs = e.Docs(live, docs, DocsFlags.NONE);
                int doc;
                while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                {
                    var d = leaf.AtomicReader.Document(doc, Fields);
                    var key = d.Get(IndexSchema.EditionKey);
                    if (!lineages.TryGetValue(key, out var list)) lineages[key] = list = [];
                    list.Add(new Edition(d.Get(IndexSchema.Id), d.Get(IndexSchema.Title) ?? "",
                        int.TryParse(d.Get(IndexSchema.EditionYear), out var y) ? y : null, d.Get(IndexSchema.Status) ?? ""));
                }
            }
        }
        var changes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var lineage in lineages.Values)
        {
            var decided = RegulationEditions.Decide(lineage);
            foreach (var edition in lineage)
                if (decided[edition.Id] != edition.Status) changes[edition.Id] = decided[edition.Id];
        }
        return changes;
    }
}
