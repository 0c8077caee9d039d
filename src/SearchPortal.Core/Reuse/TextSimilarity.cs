namespace SearchPortal.Core.Reuse;

/// <summary>
/// How closely a sentence occurs inside a longer text: 1 − (fewest character edits that turn the sentence into some
/// stretch of the text) / sentence length. 1 is verbatim; two characters dropped from a 30-character sentence is
/// 0.93. Where the stretch starts and ends is free, so the sentence may sit anywhere in a paragraph and a source
/// sentence split or joined by different punctuation still matches (both sides are normalised first).
/// </summary>
public static class TextSimilarity
{
    public static double Containment(string sentence, string text)
    {
        if (sentence.Length == 0) return 0;
        var distance = sentence.Length <= 64 ? BitParallel(sentence, text) : Dynamic(sentence, text);
        return Math.Max(0, 1 - (double)distance / sentence.Length);
    }

    /// <summary>Myers' bit-parallel approximate matching (one 64-bit word per text character): most sentences are
    /// under 64 characters, and candidate paragraphs run to thousands, so this is the hot loop of a check.</summary>
    private static int BitParallel(string pattern, string text)
    {
        var m = pattern.Length;
        var peq = new Dictionary<char, ulong>(m);
        for (var i = 0; i < m; i++) peq[pattern[i]] = (peq.TryGetValue(pattern[i], out var bits) ? bits : 0) | (1UL << i);
        var high = 1UL << (m - 1);
        ulong pv = m == 64 ? ulong.MaxValue : (1UL << m) - 1, mv = 0;
        int score = m, best = m;
        foreach (var c in text)
        {
            var eq = peq.TryGetValue(c, out var e) ? e : 0;
            var xv = eq | mv;
            var xh = (((eq & pv) + pv) ^ pv) | eq;
            var ph = mv | ~(xh | pv);
            var mh = pv & xh;
            if ((ph & high) != 0) score++;
            else if ((mh & high) != 0) score--;
            ph <<= 1; // no carry-in: a match may start at any text position
            mh <<= 1;
            pv = mh | ~(xv | ph);
            mv = ph & xv;
            if (score < best) best = score;
        }
        return best;
    }

    /// <summary>The same distance by the textbook table, for sentences longer than one machine word.</summary>
    private static int Dynamic(string pattern, string text)
    {
        var m = pattern.Length;
        var column = new int[m + 1];
        for (var i = 0; i <= m; i++) column[i] = i;
        var best = m;
        foreach (var c in text)
        {
            int diagonal = column[0], i;
            column[0] = 0;
            for (i = 1; i <= m; i++)
            {
                var up = column[i];
                column[i] = Math.Min(Math.Min(up + 1, column[i - 1] + 1), diagonal + (pattern[i - 1] == c ? 0 : 1));
                diagonal = up;
            }
            if (column[m] < best) best = column[m];
        }
        return best;
    }
}
