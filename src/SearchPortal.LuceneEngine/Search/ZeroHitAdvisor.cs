using Lucene.Net.Search;

namespace SearchPortal.LuceneEngine.Search;

/// <summary>
/// When nothing matched, says how to find something: which word to drop, or that the filters, the exclusions or a
/// word that occurs nowhere are in the way. Each suggestion is counted, never guessed.
/// </summary>
public sealed class ZeroHitAdvisor
{
    /// <summary>Counts only what <paramref name="scope"/> may see: a hint never tells of a document the user cannot open.</summary>
    public string? Advise(IndexSearcher searcher, EntryKind kind, AccessScope scope, CompiledQuery compiled, FacetSelection selection)
    {
        var (parts, others) = (compiled.Hints.Parts, compiled.Hints.OtherClauses);
        int Count(Query q, FacetSelection sel)
        {
            var c = new FacetCollector(kind.Facets, sel, null);
            searcher.Search(kind.Restrict(q, scope), c);
            return c.TotalHits;
        }

        if (parts.Count >= 2)
        {
            var best = (Label: "", Count: 0);
            for (var i = 0; i < parts.Count; i++)
            {
                var q = new BooleanQuery();
                for (var j = 0; j < parts.Count; j++)
                    if (j != i) q.Add(parts[j].Query, Occur.MUST);
                foreach (var clause in others) q.Add(clause);
                var n = Count(q, selection);
                if (n > best.Count) best = (parts[i].Label, n);
            }
            if (best.Count > 0) return $"去掉「{best.Label}」可找到 {best.Count} 篇";
        }
        if (!selection.IsEmpty && Count(compiled.Match.Document, FacetSelection.None) is var unfiltered and > 0)
            return $"取消筛选条件可找到 {unfiltered} 篇";
        if (others.Count > 0 && parts.Count > 0)
        {
            var q = new BooleanQuery();
            foreach (var part in parts) q.Add(part.Query, Occur.MUST);
            if (Count(q, FacetSelection.None) is var n and > 0) return $"去掉排除词和字段条件可找到 {n} 篇";
        }
        var missing = parts.Where(p => Count(p.Query, FacetSelection.None) == 0).Select(p => $"「{p.Label}」").ToList();
        return missing.Count > 0 ? $"{string.Join("、", missing)} 在所有文档中都没有出现，请检查用字或换个说法" : null;
    }
}
