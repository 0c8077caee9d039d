using SearchPortal.Core.Documents;

namespace SearchPortal.Core.Citations;

/// <summary>An article of a regulation as a citation shows it: the paragraph it starts at and its text (the hover).</summary>
public sealed record CitedArticle(int Number, int Ordinal, string Text);

/// <summary>A regulation's edition with its articles (number → the paragraph the article starts at).</summary>
public sealed record CitableRegulation(string Id, string Title, string EditionKey, CitableEdition Edition,
    IReadOnlyDictionary<int, int> Articles);

/// <summary>A citation resolved to the article of a document: where it is written and where it points.</summary>
public sealed record ResolvedCitation(int Ordinal, int Start, string Text, string TargetId, string TargetTitle, int Article,
    int TargetParagraph, string ArticleText);

/// <summary>
/// Resolves citations against the regulations of the corpus: the cited title's lineage (by its key, aliases already
/// applied), the edition <see cref="EditionChooser"/> picks for the citing document's date, and that edition's article.
/// Copies of one edition (the same year) are tried in id order for the article. Anything not found stays unresolved.
/// The articles' texts (the hover, and the words an undated citation is compared with) are asked for only when needed:
/// <paramref name="articleText"/> gives the text of article N of a regulation.
/// </summary>
public sealed class CitationResolver(IEnumerable<CitableRegulation> regulations, Func<CitableRegulation, int, string> articleText)
{
    private readonly Dictionary<string, List<CitableRegulation>> _lineages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CitableRegulation> _byId = new(StringComparer.Ordinal);

    private bool _filed;

    private void File()
    {
        if (_filed) return;
        _filed = true;
        foreach (var r in regulations)
        {
            _byId[r.Id] = r;
            // A lineage key names one part of a code as key·part (民法典·人格权编): cited by the code's name, it is not
            // the code (its articles are numbered across parts), so only the whole key is filed.
            if (!_lineages.TryGetValue(r.EditionKey, out var list)) _lineages[r.EditionKey] = list = [];
            list.Add(r);
        }
    }

    /// <param name="selfId">The citing document (本条例第X条 points into it).</param>
    /// <param name="date">The citing document's date; <paramref name="yearOnly"/> when only its year is known.</param>
    public IReadOnlyList<ResolvedCitation> Resolve(string selfId, DateOnly? date, bool yearOnly, IEnumerable<CitationMention> mentions)
    {
        File();
        var result = new List<ResolvedCitation>();
        foreach (var m in mentions)
        {
            var target = m.IsSelf ? Self(selfId, m.Article) : Find(m, date, yearOnly);
            if (target != null && target.Articles.TryGetValue(m.Article, out var ordinal))
                result.Add(new ResolvedCitation(m.Ordinal, m.Start, m.Text, target.Id, target.Title, m.Article, ordinal,
                    m.IsSelf && m.SelfText.Length > 0 ? m.SelfText : articleText(target, m.Article)));
        }
        return result;
    }

    private CitableRegulation? Self(string id, int article) =>
        _byId.TryGetValue(id, out var r) && r.Articles.ContainsKey(article) ? r : null;

    /// <summary>
    /// An undated document (most of the case analyses are): the edition whose article shares the most of its own words
    /// (character bigrams no other edition's article has) with the sentence around the citation — 第二十八条 is 有刑法规定的行为 in one edition and 党员有贪污贿赂行为
    /// in another. Null when no edition's article stands out: then no link.
    /// </summary>
    private CitableRegulation? ByContent(IReadOnlyList<CitableRegulation> lineage, CitationMention m)
    {
        var having = lineage.Where(r => r.Articles.ContainsKey(m.Article)).ToList();
        var words = having.ToDictionary(r => r, r => Bigrams(articleText(r, m.Article)));
        // The article reads the same in every edition (刑法 as amended in 2020 and in 2023): the current one shows it.
        var newest = having.MaxBy(r => r.Edition.Year ?? 0)!;
        if (having.All(r => Similar(words[r], words[newest]))) return newest;
        if (m.Context.Length == 0) return null;
        var context = Bigrams(m.Context);
        // Only words this edition's article has and the others' lack tell editions apart (给予…处分 is in all of them).
        var scored = having.Select(r => (r, Score: words[r].Count(w => context.Contains(w)
                && !having.Any(o => o.Edition.Year != r.Edition.Year && words[o].Contains(w)))))
            .OrderByDescending(x => x.Score).ThenByDescending(x => x.r.Edition.Year).ToList();
        var best = scored[0];
        var second = scored.FirstOrDefault(x => x.r.Edition.Year != best.r.Edition.Year);
        // A strong lead only: a judged sample linked the wrong edition on a few shared words (违纪, 处分 in one text).
        return best.Score >= MinSharedBigrams && best.Score >= 2 * second.Score ? best.r : null;
    }

    private const int MinSharedBigrams = 6;

    /// <summary>Nine in ten words shared (Jaccard over character bigrams): the same article, reformatted or lightly edited.</summary>
    private static bool Similar(HashSet<string> a, HashSet<string> b)
    {
        var shared = a.Count(b.Contains);
        var union = a.Count + b.Count - shared;
        return union == 0 || shared >= 0.9 * union;
    }

    private static int Editions(IReadOnlyList<CitableRegulation> lineage, int article) =>
        lineage.Where(r => r.Articles.ContainsKey(article)).Select(r => r.Edition.Year).Distinct().Count();

    private static HashSet<string> Bigrams(string text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < text.Length; i++)
            if (char.IsLetter(text[i]) && char.IsLetter(text[i + 1])) set.Add(text.Substring(i, 2));
        return set;
    }

    private CitableRegulation? Find(CitationMention m, DateOnly? date, bool yearOnly)
    {
        if (TitleNormalizer.Key(m.Regulation) is not { } key || !_lineages.TryGetValue(key, out var lineage)) return null;
        var editions = EditionChooser.Choose(lineage.Select(r => r.Edition).ToList(), date, yearOnly, m.Year, m.Tense);
        // An undated document and a regulation whose editions number this article differently: only the article's own
        // words can tell (in the shared corpus the current edition was the wrong one for most undated case analyses).
        if (date == null && m.Year == null && Editions(lineage, m.Article) > 1) return ByContent(lineage, m);
        foreach (var e in editions)
            if (_byId.TryGetValue(e.Id, out var r) && r.Articles.ContainsKey(m.Article)) return r;
        return null;
    }
}
