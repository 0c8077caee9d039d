namespace SearchPortal.Core.Comparison;

/// <summary>An aligned pair (either side may be missing) and what changed.</summary>
public sealed record AlignedArticle(Article? A, Article? B, string Change);

/// <summary>
/// Aligns the articles of two editions: identical texts first (whatever their numbers: a renumbered article is the
/// same article), then the most similar texts (Dice over character bigrams weighted by rarity ≥
/// <see cref="MinSimilarity"/>), so a reworded or moved article finds its counterpart, then an article alone in the
/// same gap on both sides when loosely alike; the rest were deleted or added. A pair out of the editions' common order
/// (not on the longest increasing run of pairs) was moved. Rows follow the newer edition, a deleted article after the
/// article that preceded it.
/// </summary>
public static class ArticleAligner
{
    public const string Unchanged = "unchanged", Changed = "changed", Moved = "moved", Added = "added", Deleted = "deleted";
    public const double MinSimilarity = 0.5;
    /// <summary>Enough for an article in the same gap on both sides (2b): the shorter one's share in the other.</summary>
    public const double GapSimilarity = 0.5;

    public static IReadOnlyList<AlignedArticle> Align(IReadOnlyList<Article> a, IReadOnlyList<Article> b)
    {
        var bOfA = Enumerable.Repeat(-1, a.Count).ToArray();
        var aOfB = Enumerable.Repeat(-1, b.Count).ToArray();
        void Pair(int i, int j) { bOfA[i] = j; aOfB[j] = i; }

        // 1. The same text: the earliest unused article of b with it.
        var byText = new Dictionary<string, Queue<int>>(StringComparer.Ordinal);
        for (var j = 0; j < b.Count; j++)
            (byText.TryGetValue(Key(b[j].Text), out var q) ? q : byText[Key(b[j].Text)] = new Queue<int>()).Enqueue(j);
        for (var i = 0; i < a.Count; i++)
            if (byText.TryGetValue(Key(a[i].Text), out var q) && q.Count > 0) Pair(i, q.Dequeue());

        // 2. The most similar remaining texts, best pairs first (nearer positions break ties). Bigrams are weighted by
        // rarity, so shared boilerplate (对直接责任者和领导责任者，情节较轻的，给予警告…) does not make two articles alike.
        var bigramsA = a.Select(x => Bigrams(x.Text)).ToArray();
        var bigramsB = b.Select(x => Bigrams(x.Text)).ToArray();
        var weight = Weights(bigramsA.Concat(bigramsB).ToList());
        var candidates = new List<(double Score, int Distance, int I, int J)>();
        for (var i = 0; i < a.Count; i++)
        {
            if (bOfA[i] >= 0) continue;
            for (var j = 0; j < b.Count; j++)
                if (aOfB[j] < 0 && Dice(bigramsA[i], bigramsB[j], weight) is var s and >= MinSimilarity)
                    candidates.Add((s, Math.Abs(i * b.Count - j * a.Count), i, j));
        }
        foreach (var c in candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Distance))
            if (bOfA[c.I] < 0 && aOfB[c.J] < 0) Pair(c.I, c.J);

        // 2b. An article left alone in the same gap on both sides, between the same paired neighbours, is the same
        // article rewritten or extended (本条例自2018年10月1日起施行 → 本条例自2024年1月1日起施行。本条例施行前…) when most of the
        // shorter one is in the longer one.
        for (var i = 0; i < a.Count; i++)
        {
            if (bOfA[i] >= 0) continue;
            var j = i > 0 && bOfA[i - 1] >= 0 ? bOfA[i - 1] + 1 : i + 1 < a.Count && bOfA[i + 1] > 0 ? bOfA[i + 1] - 1 : -1;
            if (j >= 0 && j < b.Count && aOfB[j] < 0 && Overlap(bigramsA[i], bigramsB[j], weight) >= GapSimilarity) Pair(i, j);
        }

        // 3. Moved: pairs off the longest increasing run of b positions (in a's order).
        var inOrder = LongestIncreasing(Enumerable.Range(0, a.Count).Where(i => bOfA[i] >= 0).Select(i => (i, bOfA[i])).ToList());

        var rows = new List<(double Key, AlignedArticle Row)>();
        for (var j = 0; j < b.Count; j++)
        {
            var i = aOfB[j];
            if (i < 0) { rows.Add((j, new AlignedArticle(null, b[j], Added))); continue; }
            var change = !inOrder.Contains(i) ? Moved : Key(a[i].Text) == Key(b[j].Text) ? Unchanged : Changed;
            rows.Add((j, new AlignedArticle(a[i], b[j], change)));
        }
        for (var i = 0; i < a.Count; i++)
        {
            if (bOfA[i] >= 0) continue;
            // After the nearest preceding article that stayed in order (or first).
            var before = Enumerable.Range(0, i).Reverse().FirstOrDefault(k => bOfA[k] >= 0 && inOrder.Contains(k), -1);
            rows.Add(((before < 0 ? -1 : bOfA[before]) + 0.5 + i / 1e6, new AlignedArticle(a[i], null, Deleted)));
        }
        return rows.OrderBy(r => r.Key).Select(r => r.Row).ToList();
    }

    /// <summary>Text compared without spaces (editions differ in full-width spacing).</summary>
    private static string Key(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static HashSet<int> Bigrams(string text)
    {
        // Digits folded: dates and amounts change between editions, the wording around them names the article.
        var t = string.Concat(Key(text).Select(c => char.IsAsciiDigit(c) ? '#' : c));
        var set = new HashSet<int>();
        for (var k = 0; k + 1 < t.Length; k++) set.Add(t[k] << 16 | t[k + 1]);
        return set;
    }

    /// <summary>Inverse document frequency of each bigram over all articles of both editions.</summary>
    private static Dictionary<int, double> Weights(IReadOnlyList<HashSet<int>> articles)
    {
        var df = new Dictionary<int, int>();
        foreach (var set in articles)
            foreach (var g in set) df[g] = df.GetValueOrDefault(g) + 1;
        return df.ToDictionary(p => p.Key, p => Math.Log(1.0 + articles.Count / (double)p.Value));
    }

    private static double Dice(HashSet<int> x, HashSet<int> y, Dictionary<int, double> weight)
    {
        double Sum(IEnumerable<int> set) => set.Sum(g => weight[g]);
        var total = Sum(x) + Sum(y);
        if (total == 0) return 1;
        var (small, large) = x.Count <= y.Count ? (x, y) : (y, x);
        return 2.0 * Sum(small.Where(large.Contains)) / total;
    }

    /// <summary>How much of the shorter text's (weighted) bigrams the longer one has.</summary>
    private static double Overlap(HashSet<int> x, HashSet<int> y, Dictionary<int, double> weight)
    {
        var (small, large) = x.Count <= y.Count ? (x, y) : (y, x);
        var whole = small.Sum(g => weight[g]);
        return whole == 0 ? 0 : small.Where(large.Contains).Sum(g => weight[g]) / whole;
    }

    /// <summary>The a indices of the longest run of pairs whose b positions increase (patience sorting).</summary>
    private static HashSet<int> LongestIncreasing(List<(int I, int J)> pairs)
    {
        var tails = new List<int>();           // index into pairs of the smallest tail of each length
        var previous = new int[pairs.Count];
        for (var k = 0; k < pairs.Count; k++)
        {
            int lo = 0, hi = tails.Count;
            while (lo < hi) { var mid = (lo + hi) / 2; if (pairs[tails[mid]].J < pairs[k].J) lo = mid + 1; else hi = mid; }
            previous[k] = lo > 0 ? tails[lo - 1] : -1;
            if (lo == tails.Count) tails.Add(k); else tails[lo] = k;
        }
        var result = new HashSet<int>();
        for (var k = tails.Count > 0 ? tails[^1] : -1; k >= 0; k = previous[k]) result.Add(pairs[k].I);
        return result;
    }
}
