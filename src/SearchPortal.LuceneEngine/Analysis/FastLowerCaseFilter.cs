using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using J2N;

namespace SearchPortal.LuceneEngine.Analysis;

/// <summary>
/// Same output as Lucene's LowerCaseFilter, faster on Chinese: ASCII is folded inline and Han/kana/hangul characters
/// (no case) are left as they are; only a token with other characters goes through Lucene's culture-aware path.
/// Profiling the bigram field showed LowerCaseFilter's per-character ICU calls as a top indexing cost. A surrogate
/// without its other half (a query cut between the two) stays as it is, as in Java; Lucene.Net's CharacterUtils
/// throws on it.
/// </summary>
public sealed class FastLowerCaseFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public FastLowerCaseFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var buffer = _term.Buffer;
        var length = _term.Length;
        for (var i = 0; i < length; i++)
        {
            var c = buffer[i];
            if (c < '\u0080')
            {
                if (c is >= 'A' and <= 'Z') buffer[i] = (char)(c + 32);
            }
            else if (!IsCaseless(c))
            {
                LowerCodePoints(buffer, i, length);
                break;
            }
        }
        return true;
    }

    /// <summary>Lower-cases code point by code point (J2N's rules, as LowerCaseFilter); broken surrogates are kept.</summary>
    private static void LowerCodePoints(char[] buffer, int start, int end)
    {
        for (var i = start; i < end;)
        {
            var c = buffer[i];
            if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(buffer[i + 1]))
            {
                var lower = Character.ToLower(char.ConvertToUtf32(c, buffer[i + 1]));
                if (lower > char.MaxValue) Character.ToChars(lower, buffer, i); // same length: a pair stays a pair
                i += 2;
            }
            else
            {
                if (!char.IsSurrogate(c)) buffer[i] = (char)Character.ToLower(c);
                i++;
            }
        }
    }

    // CJK symbols, kana, CJK ideographs (incl. extension A), hangul, CJK compatibility ideographs.
    private static bool IsCaseless(char c) =>
        c is (>= '\u3000' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7AF') or (>= '\uF900' and <= '\uFAFF');
}
