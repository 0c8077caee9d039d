using System.Globalization;
using ICU4N.Text;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace SearchPortal.LuceneEngine.Analysis.FastSmartCn;

/// <summary>
/// Drop-in replacement for Lucene.Net's HMMChineseTokenizer: the same sentence splitting (ICU sentence breaks via
/// SegmentingTokenizerBase) and the same words, offsets and types, from <see cref="HhmmSegmenter"/> without
/// per-word allocations. Terms are written straight into the term attribute.
/// </summary>
public sealed class FastSmartChineseTokenizer : SegmentingTokenizerBase
{
    private static readonly BreakIterator SentenceProto = BreakIterator.GetSentenceInstance(CultureInfo.InvariantCulture);

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly ITypeAttribute _type;
    private readonly HhmmSegmenter _segmenter;
    private int _sentenceStart;
    private int _sentenceBase;
    private int _next;
    private int _count;

    public FastSmartChineseTokenizer(TextReader reader, SmartCnDictionaries? dictionaries = null)
        : base(reader, (BreakIterator)SentenceProto.Clone())
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _type = AddAttribute<ITypeAttribute>();
        _segmenter = new HhmmSegmenter(dictionaries ?? SmartCnDictionaries.Shared);
    }

    protected override void SetNextSentence(int sentenceStart, int sentenceEnd)
    {
        _segmenter.Segment(m_buffer, sentenceStart, sentenceEnd - sentenceStart);
        _sentenceStart = sentenceStart;
        _sentenceBase = m_offset + sentenceStart;
        _count = _segmenter.Count;
        _next = 0;
    }

    protected override bool IncrementWord()
    {
        if (_next >= _count) return false;
        int i = _next++;
        ClearAttributes();
        int start = _segmenter.StartOf(i), end = _segmenter.EndOf(i);
        WriteTerm(_segmenter.TypeOf(i), i, start, end);
        _offset.SetOffset(CorrectOffset(_sentenceBase + start), CorrectOffset(_sentenceBase + end));
        _type.Type = "word";
        return true;
    }

    // WordSegmenter.ConvertSegToken + SegTokenFilter: strings and numbers come from the text (full-width folded to
    // half-width, ASCII upper case lowered), punctuation becomes ",", Chinese words keep their dictionary form.
    private void WriteTerm(WordType type, int i, int start, int end)
    {
        switch (type)
        {
            case WordType.STRING:
            case WordType.NUMBER:
            case WordType.FULLWIDTH_STRING:
            case WordType.FULLWIDTH_NUMBER:
            {
                int length = end - start;
                var buffer = _term.ResizeBuffer(length);
                var source = m_buffer.AsSpan(_sentenceStart + start, length);
                bool fold = type is WordType.FULLWIDTH_STRING or WordType.FULLWIDTH_NUMBER;
                bool lower = type != WordType.NUMBER;
                for (int k = 0; k < length; k++)
                {
                    char c = source[k];
                    if (fold && c >= 0xFF10) c = (char)(c - 0xFEE0);
                    if (lower && c >= 'A' && c <= 'Z') c = (char)(c + 0x20);
                    buffer[k] = c;
                }
                _term.Length = length;
                break;
            }
            case WordType.DELIMITER:
                _term.SetEmpty().Append(',');
                break;
            default:
            {
                var key = _segmenter.KeyOf(i);
                key.CopyTo(_term.ResizeBuffer(key.Length));
                _term.Length = key.Length;
                break;
            }
        }
    }

    public override void Reset()
    {
        base.Reset();
        _count = 0;
        _next = 0;
    }
}
