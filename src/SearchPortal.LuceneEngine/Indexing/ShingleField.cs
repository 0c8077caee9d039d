using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using SearchPortal.Core.Reuse;

namespace SearchPortal.LuceneEngine.Indexing;

/// <summary>
/// A paragraph's fingerprint for the reuse check: the distinct character 4-grams of its normalised text
/// (<see cref="ReuseText"/>) as terms, documents only (no positions, frequencies or norms: the check only asks
/// which paragraphs hold a 4-gram). The token stream is the indexing thread's, reset when the writer asks for it.
/// </summary>
public sealed class ShingleField(string name, IReadOnlyCollection<string> shingles, ThreadLocal<ShingleTokenStream> streams)
    : Field(name, Type)
{
    private static readonly FieldType Type = Freeze(new FieldType
    {
        IsIndexed = true,
        IsTokenized = true,
        OmitNorms = true,
        IndexOptions = IndexOptions.DOCS_ONLY,
    });

    public override TokenStream GetTokenStream(Analyzer analyzer) => streams.Value!.SetShingles(shingles);

    private static FieldType Freeze(FieldType type) { type.Freeze(); return type; }
}

/// <summary>Replays a list of shingles as tokens (reused across paragraphs: attribute creation is not free).</summary>
public sealed class ShingleTokenStream : TokenStream
{
    private readonly ICharTermAttribute _term;
    private IEnumerator<string>? _next;

    public ShingleTokenStream() => _term = AddAttribute<ICharTermAttribute>();

    public ShingleTokenStream SetShingles(IReadOnlyCollection<string> shingles)
    {
        _next = shingles.GetEnumerator();
        return this;
    }

    public override bool IncrementToken()
    {
        if (_next == null || !_next.MoveNext()) return false;
        ClearAttributes();
        _term.SetEmpty().Append(_next.Current);
        return true;
    }
}
