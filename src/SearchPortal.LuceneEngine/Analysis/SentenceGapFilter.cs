using Lucene.Net.Analysis;
using Lucene.Net.Analysis.CharFilters;
using Lucene.Net.Analysis.TokenAttributes;
using SearchPortal.Core.Documents;

namespace SearchPortal.LuceneEngine.Analysis;

/// <summary>
/// Puts a position gap of <see cref="Gap"/> between sentences of the bigram fields, so a span or sloppy phrase with a
/// smaller slop stays inside one sentence (插手……工程 must not join the end of one sentence to the next). The tokenizer
/// drops punctuation, so <see cref="Mark"/> first turns each sentence end into a marker word, which this filter removes
/// again, adding the gap to the next token.
/// </summary>
public sealed class SentenceGapFilter : TokenFilter
{
    /// <summary>Larger than any slop the query side uses on the bigram fields.</summary>
    public const int Gap = 50;
    private const string Marker = "xsentencebreakx";

    private static readonly NormalizeCharMap EndsToMarker = BuildMap();

    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _posInc;

    public SentenceGapFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _posInc = AddAttribute<IPositionIncrementAttribute>();
    }

    /// <summary>Wraps a reader so every sentence end reads as the marker word (offsets are corrected by the char filter).</summary>
    public static TextReader Mark(TextReader reader) => new MappingCharFilter(EndsToMarker, reader);

    public override bool IncrementToken()
    {
        var gap = 0;
        while (m_input.IncrementToken())
        {
            if (IsMarker()) { gap = Gap; continue; }
            if (gap > 0) _posInc.PositionIncrement += gap;
            return true;
        }
        return false;
    }

    private bool IsMarker() =>
        _term.Length == Marker.Length && _term.Buffer.AsSpan(0, _term.Length).SequenceEqual(Marker.AsSpan());

    private static NormalizeCharMap BuildMap()
    {
        var builder = new NormalizeCharMap.Builder();
        foreach (var end in Sentences.Ends) builder.Add(end.ToString(), $" {Marker} ");
        return builder.Build();
    }
}
