using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPortal.LuceneEngine.Indexing;

namespace SearchPortal.LuceneEngine.Search;

/// <summary>
/// The clauses for one piece of wording. A unit is MUST(bigram phrase on body_bi OR title_bi) — the bigram field finds
/// the exact characters whatever SmartCn made of them in the text (金山 inside 金山银山, 习近平 split 习/近/平) — plus
/// SHOULD(SmartCn phrase on body and, boosted, title) for ranking: a document where SmartCn sees the same word scores
/// higher. Single characters use the SmartCn fields (the bigram field has no unigrams inside Chinese runs).
/// </summary>
public sealed class UnitClauses(IndexSchema schema)
{
    public const float TitleBoost = 4f;
    /// <summary>Weight of the wording found in what a document explains (a heading, a definition's subject).</summary>
    public const float ExplainBoost = 2f;

    /// <summary>MUST(exact wording, or <paramref name="matcher"/>) + SHOULD(SmartCn phrase, explained), or null when the text has nothing searchable.</summary>
    public Query? UnitQuery(string text, TermScope scope, Query? matcher = null)
    {
        matcher ??= Matcher(text, scope);
        if (matcher == null) return null;
        var ranker = Ranker(text, scope);
        if (ranker == null) return matcher;
        return new BooleanQuery { { matcher, Occur.MUST }, { ranker, Occur.SHOULD } };
    }

    /// <summary>Finds the exact characters: a bigram phrase on body_bi or title_bi; a single character also on the SmartCn fields.</summary>
    public Query? Matcher(string text, TermScope scope)
    {
        var q = new BooleanQuery();
        foreach (var (field, boost) in WordingFields(scope))
            if (BigramPhrase(field, text) is { } p) { p.Boost *= boost; q.Add(p, Occur.SHOULD); }
        if (IsSingleCharacter(text))
        {
            foreach (var t in TokenAnalysis.Analyze(schema.SmartCn, IndexSchema.Body, text))
            {
                if (scope == TermScope.All) q.Add(new TermQuery(new Term(IndexSchema.Body, t.Term)), Occur.SHOULD);
                q.Add(new TermQuery(new Term(IndexSchema.Title, t.Term)) { Boost = TitleBoost }, Occur.SHOULD);
            }
        }
        return q.Clauses.Count == 0 ? null : q.Clauses.Count == 1 && q.Clauses[0].Query.Boost == 1f ? q.Clauses[0].Query : q;
    }

    /// <summary>The bigram fields that hold a scope's exact wording, with their boosts.</summary>
    public static (string Field, float Boost)[] WordingFields(TermScope scope) => scope == TermScope.Title
        ? [(IndexSchema.TitleBigram, TitleBoost)]
        : [(IndexSchema.BodyBigram, 1f), (IndexSchema.TitleBigram, TitleBoost)];

    /// <summary>Consecutive bigrams = the exact character sequence (punctuation and spaces aside).</summary>
    public Query? BigramPhrase(string field, string text)
    {
        var tokens = TokenAnalysis.Analyze(schema.Bigram, field, text);
        return tokens.Count == 0 ? null : Phrase(field, tokens);
    }

    /// <remarks>
    /// BM25 scores a phrase with the sum of its terms' idf, so a long phrase (an expansion such as
    /// 坚决维护党中央权威和集中统一领导, or a long exact wording) would outweigh everything else. Dividing the boost by
    /// the number of terms scores a phrase like one word of average rarity: 金山 and 全面从严治党 weigh alike.
    /// </remarks>
    public static Query Phrase(string field, List<AnalyzedToken> tokens, int slop = 0)
    {
        if (tokens.Count == 1) return new TermQuery(new Term(field, tokens[0].Term));
        var pq = new PhraseQuery { Slop = slop, Boost = 1f / tokens.Count };
        foreach (var t in tokens) pq.Add(new Term(field, t.Term), t.Position);
        return pq;
    }

    public static BooleanQuery Or(IEnumerable<Query> queries)
    {
        var q = new BooleanQuery();
        foreach (var x in queries) q.Add(x, Occur.SHOULD);
        return q;
    }

    public static BooleanQuery And(IEnumerable<Query> queries)
    {
        var q = new BooleanQuery();
        foreach (var x in queries) q.Add(x, Occur.MUST);
        return q;
    }

    private static bool IsSingleCharacter(string text) =>
        text.Length == 1 || (text.Length == 2 && char.IsSurrogatePair(text[0], text[1]));

    /// <summary>
    /// SmartCn phrase on body and (boosted) title: ranks documents where the text reads as the same word(s); and the
    /// exact wording among what a document explains (headings, definitions): explained ranks above mentioned.
    /// </summary>
    private Query? Ranker(string text, TermScope scope)
    {
        var tokens = TokenAnalysis.Analyze(schema.SmartCn, IndexSchema.Body, text);
        if (tokens.Count == 0) return null;
        var q = new BooleanQuery();
        if (scope == TermScope.All) q.Add(Phrase(IndexSchema.Body, tokens), Occur.SHOULD);
        var title = Phrase(IndexSchema.Title, tokens);
        title.Boost *= TitleBoost;
        q.Add(title, Occur.SHOULD);
        if (scope == TermScope.All && BigramPhrase(IndexSchema.Explain, text) is { } explained)
        {
            explained.Boost *= ExplainBoost;
            q.Add(explained, Occur.SHOULD);
        }
        return q;
    }
}
