using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;
using SearchPortal.LuceneEngine.Indexing;

namespace SearchPortal.LuceneEngine.Search;

/// <summary>A short unit matched loosely: its words, as they may be written apart (插手工程 → 插手, 工程).</summary>
public sealed record LoosenedUnit(string Text, IReadOnlyList<string> Words);

/// <summary>
/// A short unit that SmartCn reads as two or more words (插手工程 → 插手+工程, 收受礼品 → 收受+礼品) is often written with a
/// word in between (插手干预工程, 收受他人礼品). Its loose match, in three tiers: the exact wording; the words in order a
/// few characters apart (<see cref="NearSlop"/>); the words further apart (<see cref="FarSlop"/>, either order) — all
/// within one sentence, because the bigram fields put <see cref="Analysis.SentenceGapFilter.Gap"/> positions between
/// sentences. The first two tiers score a constant <see cref="TierBonus"/> each, so exact matches stay first, then the
/// near ones.
/// </summary>
public sealed class LooseWording(IndexSchema schema, UnitClauses clauses, DomainLexicon lexicon)
{
    /// <summary>Bigram positions between the words (about the characters in between, plus a punctuation mark).</summary>
    public const int NearSlop = 5;
    public const int FarSlop = 30;
    public const float TierBonus = 100f;

    /// <summary>
    /// The unit's words when it can be loosened: a CJK run that SmartCn cuts into words of two or more characters and
    /// that is not a lexicon term (两个维护, 四风 … are fixed expressions, matched whole).
    /// </summary>
    public LoosenedUnit? Words(string text)
    {
        if (text.Length < 4 || !text.All(QueryNormalizer.IsCjk) || lexicon.LongestMatchAt(text, 0) == text.Length) return null;
        var words = new List<string>();
        foreach (var t in TokenAnalysis.Analyze(schema.SmartCn, IndexSchema.Body, text))
        {
            var w = text[t.Start..t.End];
            // A lone character joins its neighbour (超标准 → 超+标准): the bigram field has no single characters.
            if (w.Length == 1 && words.Count > 0) words[^1] += w;
            else words.Add(w);
        }
        if (words.Count > 0 && words[0].Length == 1 && words.Count > 1) { words[1] = words[0] + words[1]; words.RemoveAt(0); }
        return words.Count >= 2 && words.All(w => w.Length >= 2) && string.Concat(words) == text ? new LoosenedUnit(text, words) : null;
    }

    /// <summary>Exact OR near OR far, tiered; null when the unit cannot be loosened.</summary>
    public Query? Matcher(string text, TermScope scope)
    {
        if (Words(text) is not { } unit || clauses.Matcher(text, scope) is not { } exact) return null;
        var q = new BooleanQuery(disableCoord: true) { { new ConstantScoreQuery(exact) { Boost = TierBonus }, Occur.SHOULD } };
        foreach (var (field, boost) in UnitClauses.WordingFields(scope))
        {
            var words = unit.Words.Select(w => Word(field, w)).ToArray();
            if (words.Any(w => w == null)) continue;
            q.Add(new ConstantScoreQuery(new SpanNearQuery(words!, NearSlop, inOrder: true)) { Boost = TierBonus }, Occur.SHOULD);
            q.Add(new SpanNearQuery(words!, FarSlop, inOrder: false) { Boost = boost }, Occur.SHOULD);
        }
        return q;
    }

    /// <summary>A word as consecutive bigrams on a bigram field.</summary>
    private SpanQuery? Word(string field, string word)
    {
        var tokens = TokenAnalysis.Analyze(schema.Bigram, field, word);
        if (tokens.Count == 0) return null;
        if (tokens.Count == 1) return new SpanTermQuery(new Term(field, tokens[0].Term));
        return new SpanNearQuery(tokens.Select(t => (SpanQuery)new SpanTermQuery(new Term(field, t.Term))).ToArray(), 0, inOrder: true);
    }
}
