using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using SearchPortal.LuceneEngine.Analysis;

namespace SearchPortal.LuceneEngine.Indexing;

/// <summary>
/// An indexed, unstored text field whose tokens were analyzed beforehand. Its token stream is the indexing thread's
/// reusable <see cref="CachedTokenStream"/>, pointed at this field's texts when the writer asks for it (the writer
/// consumes one field completely before asking for the next).
/// </summary>
public sealed class CachedTokensField(string name, IReadOnlyList<AnalyzedText> parts, ThreadLocal<CachedTokenStream> streams)
    : Field(name, TextField.TYPE_NOT_STORED)
{
    public override TokenStream GetTokenStream(Analyzer analyzer) => streams.Value!.SetParts(parts);
}
