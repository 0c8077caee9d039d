using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using SearchPortal.Core.Indexing;

namespace SearchPortal.Core.Search;

/// <summary>
/// The smallest piece of a query that must be found verbatim (an exact substring of the text): 政治生态, 四风, 习近平.
/// <see cref="Required"/> is false for a lone character split off a long query (too ambiguous to demand).
/// </summary>
public sealed record QueryUnit(string Text, bool Required = true);

/// <summary>A term cut into units. <see cref="WholeText"/> is set when a longer unquoted term was split: its exact wording ranks higher.</summary>
public sealed record TermPlan(QueryTerm Term, IReadOnlyList<QueryUnit> Units, string? WholeText);

/// <summary>
/// Cuts a query term into units. A Chinese run of up to <see cref="ShortRunLength"/> characters is one unit (a word that
/// SmartCn splits, 政治生态 → 政治+生态, stays a phrase); longer runs keep lexicon terms whole and split the rest with
/// SmartCn, re-joining runs of single characters (习近平 → 习/近/平 → 习近平). Quoted terms are one unit.
/// </summary>
public sealed class QuerySegmenter(IndexSchema schema, DomainLexicon lexicon)
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
        foreach (var (run, cjk) in Runs(term.Text))
        {
            if (!cjk) units.Add(new QueryUnit(run.ToLowerInvariant()));
            else SegmentCjk(run, units);
        }
        var whole = units.Count > 1 ? term.Text : null;
        return new TermPlan(term, units, whole);
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
