using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchPortal.Core.Analysis;

/// <summary>One token as an analyzer produced it.</summary>
public readonly record struct CachedToken(string Term, int PositionIncrement, int StartOffset, int EndOffset);

/// <summary>
/// The tokens of one text, analyzed once. A paragraph's tokens feed both its own paragraph entry and the
/// document entry's body, so SmartCn (the indexing hot path) runs once per text, never twice.
/// </summary>
public sealed class AnalyzedText
{
    public IReadOnlyList<CachedToken> Tokens { get; }
    public int Length { get; }

    private AnalyzedText(List<CachedToken> tokens, int length) { Tokens = tokens; Length = length; }

    public static AnalyzedText Analyze(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<CachedToken>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var posInc = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            tokens.Add(new CachedToken(term.ToString(), posInc.PositionIncrement, offset.StartOffset, offset.EndOffset));
        stream.End();
        return new AnalyzedText(tokens, text.Length);
    }
}

/// <summary>Replays cached tokens of one or more texts as a single stream, with a position gap between texts so phrases do not span paragraphs.</summary>
public sealed class CachedTokenStream : TokenStream
{
    private readonly IReadOnlyList<AnalyzedText> _parts;
    private readonly int _positionGap;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _posInc;
    private int _part, _index, _offsetBase;
    private bool _gapPending;

    public CachedTokenStream(IReadOnlyList<AnalyzedText> parts, int positionGap = 100)
    {
        _parts = parts;
        _positionGap = positionGap;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _posInc = AddAttribute<IPositionIncrementAttribute>();
    }

    public CachedTokenStream(AnalyzedText single) : this([single]) { }

    public override bool IncrementToken()
    {
        while (_part < _parts.Count)
        {
            var tokens = _parts[_part].Tokens;
            if (_index < tokens.Count)
            {
                ClearAttributes();
                var t = tokens[_index++];
                _term.SetEmpty().Append(t.Term);
                _offset.SetOffset(_offsetBase + t.StartOffset, _offsetBase + t.EndOffset);
                _posInc.PositionIncrement = t.PositionIncrement + (_gapPending ? _positionGap : 0);
                _gapPending = false;
                return true;
            }
            _offsetBase += _parts[_part].Length + 1;
            _part++;
            _index = 0;
            _gapPending = true;
        }
        return false;
    }

    public override void Reset()
    {
        base.Reset();
        _part = _index = _offsetBase = 0;
        _gapPending = false;
    }

    public override void End()
    {
        base.End();
        var final = _parts.Sum(p => p.Length + 1);
        _offset.SetOffset(final, final);
    }
}
