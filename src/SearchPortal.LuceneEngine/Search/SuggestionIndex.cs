using SearchPortal.Core.Documents;

namespace SearchPortal.LuceneEngine.Search;

/// <summary>
/// The completions of one index reader: every title, lexicon term and quotation under its normalised key (width-folded,
/// lower-cased, letters and digits only), in one sorted array searched by prefix. A title that begins with an issuing
/// body users leave out (中国共产党纪律处分条例) is also filed under the rest (纪律处分条例). Entries are numbered in
/// display order (titles short and new first, then terms, then quotations most used first), so a lookup keeps the
/// smallest numbers of its key range: no sorting per request. Each title and quotation keeps the access tokens of its
/// documents, and a lookup skips what the asking scope may not see (a hidden title is never suggested).
/// </summary>
public sealed partial class SuggestionIndex
{
    /// <param name="Access">The document's access tokens; null: visible to everyone.</param>
    public sealed record TitleSource(string Id, string Title, int Date, IReadOnlyList<string>? Access = null);
    /// <param name="Access">The access tokens of the quotation's sources; null: visible to everyone.</param>
    public sealed record QuoteSource(string Key, string Text, int Count, IReadOnlyList<string>? Access = null);

    private readonly string[] _keys;
    private readonly int[] _entryOfKey;
    private readonly Suggestion[] _entries;
    private readonly IReadOnlyList<string>?[] _access;

    public SuggestionIndex(IEnumerable<TitleSource> titles, IEnumerable<string> terms, IEnumerable<QuoteSource> quotes,
        IReadOnlyList<string> issuerPrefixes, SearchLimits limits)
    {
        var prefixes = issuerPrefixes.Select(TitleNormalizer.Fold).Where(p => p.Length > 0).OrderByDescending(p => p.Length).ToList();
        var entries = new List<Suggestion>();
        var access = new List<IReadOnlyList<string>?>();
        var keyed = new List<(string Key, int Entry)>();
        void Add(string key, Suggestion s, IReadOnlyList<string>? tokens)
        {
            if (key.Length == 0) return;
            keyed.Add((key, entries.Count));
            entries.Add(s);
            access.Add(tokens);
        }

        // The same title twice (a reissue) is one suggestion, for the newest document.
        var orderedTitles = MergeEditions(titles.Where(t => t.Title.Trim().Length > 0))
            .OrderBy(t => TitleNormalizer.Fold(t.Title).Length).ThenByDescending(t => t.Date).ThenBy(t => t.Id, StringComparer.Ordinal)
            .DistinctBy(t => (t.Title.Trim(), AccessKey(t.Access)));
        foreach (var t in orderedTitles)
        {
            var key = TitleNormalizer.Fold(t.Title);
            var at = keyed.Count;
            Add(key, new Suggestion(t.Title.Trim(), SuggestionKinds.Title, t.Id), t.Access);
            if (keyed.Count == at) continue;
            foreach (var p in prefixes)
                if (key.Length > p.Length && key.StartsWith(p, StringComparison.Ordinal)) { keyed.Add((key[p.Length..], keyed[at].Entry)); break; }
        }
        foreach (var term in terms.Where(t => t.Length > 0).Distinct().OrderBy(t => t.Length).ThenBy(t => t, StringComparer.Ordinal))
            Add(TitleNormalizer.Fold(term), new Suggestion(term, SuggestionKinds.Term, null), null);
        foreach (var q in quotes.OrderByDescending(q => q.Count).ThenBy(q => q.Key, StringComparer.Ordinal))
            Add(q.Key, new Suggestion(Cut(q.Text.Trim(), limits.MaxSuggestionLength), SuggestionKinds.Quote, q.Key), q.Access);

        keyed.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key) is var c && c != 0 ? c : a.Entry.CompareTo(b.Entry));
        _keys = keyed.Select(k => k.Key).ToArray();
        _entryOfKey = keyed.Select(k => k.Entry).ToArray();
        _entries = entries.ToArray();
        _access = access.ToArray();
    }

    private static string AccessKey(IReadOnlyList<string>? tokens) => tokens == null ? "" : string.Join("|", tokens.Order(StringComparer.Ordinal));

    public int KeyCount => _keys.Length;

    /// <summary>At most <paramref name="limit"/> entries that <paramref name="scope"/> may see whose key starts with
    /// the normalised <paramref name="text"/>, in display order.</summary>
    public IReadOnlyList<Suggestion> Lookup(string text, int limit, AccessScope scope)
    {
        var prefix = TitleNormalizer.Fold(text);
        if (prefix.Length == 0 || limit <= 0) return [];
        // Room for duplicates: the same title at two levels is two entries (one per level), shown once.
        var keep = limit * 2;
        var best = new List<int>(keep + 1);
        for (var i = LowerBound(prefix); i < _keys.Length && _keys[i].StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            var e = _entryOfKey[i];
            if (best.Count == keep && e >= best[^1]) continue;
            if (_access[e] is { } tokens && !scope.CanSee(tokens)) continue;
            var at = best.BinarySearch(e);
            if (at >= 0) continue; // one entry under two keys
            best.Insert(~at, e);
            if (best.Count > keep) best.RemoveAt(keep);
        }
        return best.Select(e => _entries[e]).DistinctBy(s => (s.Kind, s.Text)).Take(limit).ToList();
    }

    private int LowerBound(string prefix)
    {
        int lo = 0, hi = _keys.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (string.CompareOrdinal(_keys[mid], prefix) < 0) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>
    /// Editions of one regulation (中国共产党纪律处分条例1997 … 2023, told apart by a trailing year) are one suggestion:
    /// the title without the year, for the newest edition. A lone title keeps its year (政府工作报告2023 is not an edition).
    /// </summary>
    private static IEnumerable<TitleSource> MergeEditions(IEnumerable<TitleSource> titles)
    {
        // Editions are merged per access level: a hidden newest edition must not stand for the visible older ones.
        foreach (var group in titles.GroupBy(t => (TitleMatcher.EditionSuffix().Replace(TitleNormalizer.Fold(t.Title), ""), AccessKey(t.Access))))
        {
            var list = group.ToList();
            if (list.Count < 2 || group.Key.Item1.Length == 0 || !list.Any(t => TitleMatcher.EditionSuffix().IsMatch(TitleNormalizer.Fold(t.Title))))
            {
                foreach (var t in list) yield return t;
                continue;
            }
            int Year(TitleSource t) => TitleMatcher.EditionSuffix().Match(TitleNormalizer.Fold(t.Title)) is { Success: true } m ? int.Parse(m.Groups[1].Value) : t.Date / 10000;
            var newest = list.OrderByDescending(Year).ThenByDescending(t => t.Date).First();
            yield return newest with { Title = DisplayEditionYear().Replace(newest.Title.Trim(), ""), Date = list.Max(t => Math.Max(t.Date, Year(t) * 10000)) };
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[\s_（(]*(?:19|20)\d{2}(?:年(?:修订|修正|版)?)?[)）]?\s*$")]
    private static partial System.Text.RegularExpressions.Regex DisplayEditionYear();

    private static string Cut(string text, int max)
    {
        if (text.Length <= max) return text;
        var length = char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
        return text[..length] + "…";
    }
}
