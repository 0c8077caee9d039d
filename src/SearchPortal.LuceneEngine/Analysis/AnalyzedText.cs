using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchPortal.LuceneEngine.Analysis;

/// <summary>One token as an analyzer produced it: its characters are a slice of the owning text's buffer.</summary>
public readonly record struct CachedToken(int CharStart, int CharLength, int PositionIncrement, int StartOffset, int EndOffset);

/// <summary>
/// The tokens of one text, analyzed once. A paragraph's tokens feed both its own paragraph entry and the
/// document entry's body, so SmartCn (the indexing hot path) runs once per text, never twice. Token characters share
/// one buffer rather than a string each: tens of millions of short strings were a large share of indexing's GC time.
/// </summary>
public sealed class AnalyzedText
{
    private readonly char[] _chars;
    private readonly CachedToken[] _tokens;

    public int Count { get; }
    public int Length { get; }

    private AnalyzedText(char[] chars, CachedToken[] tokens, int count, int length)
    {
        _chars = chars;
        _tokens = tokens;
        Count = count;
        Length = length;
    }

    public CachedToken this[int index] => _tokens[index];
    public ReadOnlySpan<char> TermSpan(int index) => _chars.AsSpan(_tokens[index].CharStart, _tokens[index].CharLength);
    public void CopyTerm(int index, ICharTermAttribute term) => term.CopyBuffer(_chars, _tokens[index].CharStart, _tokens[index].CharLength);
    public IEnumerable<string> Terms => Enumerable.Range(0, Count).Select(i => new string(TermSpan(i)));

    public static AnalyzedText Analyze(Analyzer analyzer, string field, string text)
    {
        var chars = new char[Math.Max(16, text.Length * 2)];
        var tokens = new CachedToken[Math.Max(4, text.Length / 2)];
        int count = 0, used = 0;
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var posInc = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (used + term.Length > chars.Length) Array.Resize(ref chars, Math.Max(chars.Length * 2, used + term.Length));
            if (count == tokens.Length) Array.Resize(ref tokens, tokens.Length * 2);
            term.Buffer.AsSpan(0, term.Length).CopyTo(chars.AsSpan(used));
            tokens[count++] = new CachedToken(used, term.Length, posInc.PositionIncrement, offset.StartOffset, offset.EndOffset);
            used += term.Length;
        }
        stream.End();
        return new AnalyzedText(chars, tokens, count, text.Length);
    }
}

/// <summary>
/// Replays cached tokens of one or more texts as a single stream, with a position gap between texts so phrases do not
/// span paragraphs. One instance is reused for many fields (<see cref="SetParts"/>): creating a token stream's
/// attributes per field was a measurable cost with one paragraph entry per paragraph.
/// </summary>
public sealed class CachedTokenStream : TokenStream
{
    private IReadOnlyList<AnalyzedText> _parts;
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

    /// <summary>Points the stream at other texts; the consumer calls <see cref="Reset"/> before reading.</summary>
    public CachedTokenStream SetParts(IReadOnlyList<AnalyzedText> parts)
    {
        _parts = parts;
        return this;
    }

    public override bool IncrementToken()
    {
        while (_part < _parts.Count)
        {
            var text = _parts[_part];
            if (_index < text.Count)
            {
                // Every attribute this stream has is set below, so ClearAttributes (a walk over all of them) is not needed.
                var t = text[_index];
                text.CopyTerm(_index, _term);
                _offset.SetOffset(_offsetBase + t.StartOffset, _offsetBase + t.EndOffset);
                _posInc.PositionIncrement = t.PositionIncrement + (_gapPending ? _positionGap : 0);
                _gapPending = false;
                _index++;
                return true;
            }
            _offsetBase += text.Length + 1;
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
        var final = 0;
        foreach (var p in _parts) final += p.Length + 1;
        _offset.SetOffset(final, final);
    }
}
