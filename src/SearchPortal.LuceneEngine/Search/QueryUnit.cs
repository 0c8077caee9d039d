using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using SearchPortal.LuceneEngine.Indexing;

namespace SearchPortal.LuceneEngine.Search;

/// <summary>
/// The smallest piece of a query that must be found verbatim (an exact substring of the text): 政治生态, 四风, 习近平.
/// <see cref="Required"/> is false for a lone character split off a long query (too ambiguous to demand).
/// </summary>
public sealed record QueryUnit(string Text, bool Required = true);

/// <summary>A term cut into units. <see cref="WholeText"/> is set when a longer unquoted term was split: its exact wording ranks higher.</summary>
public sealed record TermPlan(QueryTerm Term, IReadOnlyList<QueryUnit> Units, string? WholeText)
{
    /// <summary>Question and function words cut out of the term (怎么, 吗 …): not searched.</summary>
    public IReadOnlyList<string> Ignored { get; init; } = [];
}

/// <summary>
/// Cuts a query term into units. A Chinese run of up to <see cref="ShortRunLength"/> characters is one unit (a word that
/// SmartCn splits, 政治生态 → 政治+生态, stays a phrase); longer runs keep lexicon terms whole and split the rest with
/// SmartCn, re-joining runs of single characters (习近平 → 习/近/平 → 习近平). Quoted terms are one unit.
/// </summary>
public sealed class QuerySegmenter(IndexSchema schema, DomainLexicon lexicon, QuestionWords? questionWords = null)
{
    public const int ShortRunLength = 4;

    public TermPlan Plan(QueryTerm term)
    {
        if (term.Quoted)
        {
            var hasText = term.Text.Any(IsTextChar);
            return new TermPlan(term, hasText ? [new QueryUnit(term.Text)] : [], null);
        }
        var units = new List<QueryUnit>();
        var ignored = new List<string>();
        foreach (var (run, cjk) in Runs(term.Text))
        {
            if (!cjk) units.Add(new QueryUnit(run.ToLowerInvariant()));
            else foreach (var piece in StripQuestionWords(run, ignored)) SegmentCjk(piece, units);
        }
        var whole = units.Count > 1 ? term.Text : null;
        return new TermPlan(term, units, whole) { Ignored = ignored };
    }

    /// <summary>
    /// The content pieces of a CJK run once question words are cut out (党员参加赌博怎么处分 → 党员参加赌博, 处分).
    /// Lexicon terms are never cut into. A run made only of question words is kept as typed.
    /// </summary>
    public IReadOnlyList<string> StripQuestionWords(string run, List<string>? ignored = null)
    {
        if (questionWords == null || questionWords.Count == 0) return [run];
        var keep = new bool[run.Length];
        Array.Fill(keep, true);
        var removed = new List<string>();
        for (var i = 0; i < run.Length;)
        {
            var lex = lexicon.LongestMatchAt(run, i);
            if (lex > 0) { i += lex; continue; }
            var len = questionWords.LongestMultiCharAt(run, i);
            if (len > 0)
            {
                removed.Add(run.Substring(i, len));
                for (var k = i; k < i + len; k++) keep[k] = false;
                i += len;
            }
            else i++;
        }
        // Single characters (吗, 算, 能): only where SmartCn reads them as a word of their own.
        var tokens = TokenAnalysis.Analyze(schema.SmartCn, IndexSchema.Body, run);
        var covered = new bool[run.Length];
        foreach (var t in tokens) for (var k = t.Start; k < t.End && k < run.Length; k++) covered[k] = true;
        // A character the analyzer dropped as a stopword (吗, 呢) is a word of its own too.
        for (var k = 0; k < run.Length; k++)
            if (!covered[k] && keep[k] && questionWords.Contains(run[k].ToString()))
            {
                removed.Add(run[k].ToString());
                keep[k] = false;
            }
        foreach (var t in tokens)
            if (t.End - t.Start == 1 && keep[t.Start] && questionWords.Contains(run[t.Start..t.End])
                && lexicon.LongestMatchAt(run, Math.Max(0, t.Start - 1)) == 0)
            {
                removed.Add(run[t.Start..t.End]);
                keep[t.Start] = false;
            }
        if (removed.Count == 0) return [run];
        var pieces = new List<string>();
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i <= run.Length; i++)
        {
            if (i < run.Length && keep[i]) { sb.Append(run[i]); continue; }
            if (sb.Length > 0) { pieces.Add(sb.ToString()); sb.Clear(); }
        }
        if (pieces.Count == 0) return [run];
        ignored?.AddRange(removed);
        return pieces;
    }

    private static bool IsTextChar(char c) => char.IsLetterOrDigit(c) || QueryNormalizer.IsCjk(c);

    /// <summary>Maximal runs of CJK characters and of letters/digits; everything else separates.</summary>
    internal static IEnumerable<(string Text, bool Cjk)> Runs(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!IsTextChar(text[i])) { i++; continue; }
            var cjk = QueryNormalizer.IsCjk(text[i]);
            var start = i;
            while (i < text.Length && IsTextChar(text[i]) && QueryNormalizer.IsCjk(text[i]) == cjk) i++;
            yield return (text[start..i], cjk);
        }
    }

    private void SegmentCjk(string run, List<QueryUnit> units)
    {
        if (run.Length <= ShortRunLength) { units.Add(new QueryUnit(run)); return; }
        var pending = new System.Text.StringBuilder();
        var i = 0;
        while (i < run.Length)
        {
            var len = lexicon.LongestMatchAt(run, i);
            if (len > 0)
            {
                FlushPiece(pending.ToString(), units);
                pending.Clear();
                units.Add(new QueryUnit(run.Substring(i, len)));
                i += len;
            }
            else pending.Append(run[i++]);
        }
        FlushPiece(pending.ToString(), units);
    }

    private void FlushPiece(string piece, List<QueryUnit> units)
    {
        if (piece.Length == 0) return;
        if (piece.Length == 1) { units.Add(new QueryUnit(piece, Required: false)); return; }
        if (piece.Length <= ShortRunLength) { units.Add(new QueryUnit(piece)); return; }

        // SmartCn words; consecutive single characters are joined again (names such as 习近平 come out as 习/近/平).
        var tokens = TokenAnalysis.Analyze(schema.SmartCn, IndexSchema.Body, piece);
        var k = 0;
        while (k < tokens.Count)
        {
            var t = tokens[k];
            if (t.End - t.Start > 1) { units.Add(new QueryUnit(piece[t.Start..t.End])); k++; continue; }
            var start = t.Start;
            var end = t.End;
            k++;
            while (k < tokens.Count && tokens[k].End - tokens[k].Start == 1 && tokens[k].Start == end) end = tokens[k++].End;
            units.Add(new QueryUnit(piece[start..end], Required: end - start > 1));
        }
    }
}

/// <summary>One analyzed token with its position (from 0) and character offsets.</summary>
public readonly record struct AnalyzedToken(string Term, int Position, int Start, int End);

public static class TokenAnalysis
{
    public static List<AnalyzedToken> Analyze(Analyzer analyzer, string field, string text)
    {
        var result = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var posInc = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += Math.Max(posInc.PositionIncrement, result.Count == 0 ? 1 : 0);
            result.Add(new AnalyzedToken(term.ToString(), position, offset.StartOffset, offset.EndOffset));
        }
        stream.End();
        return result;
    }
}
