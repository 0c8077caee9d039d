using SearchPortal.Core.Documents;

namespace SearchPortal.Core.Citations;

/// <summary>An article of a regulation as a citation shows it: the paragraph it starts at and its text (the hover).</summary>
public sealed record CitedArticle(int Number, int Ordinal, string Text);

/// <summary>A regulation's edition with its articles, as the resolver needs it.</summary>
public sealed record CitableRegulation(string Id, string Title, string EditionKey, CitableEdition Edition,
    IReadOnlyDictionary<int, CitedArticle> Articles);

/// <summary>A citation resolved to the article of a document: where it is written and where it points.</summary>
public sealed record ResolvedCitation(int Ordinal, int Start, string Text, string TargetId, string TargetTitle, int Article,
    int TargetParagraph, string ArticleText);

/// <summary>
/// Resolves citations against the regulations of the corpus: the cited title's lineage (by its key, aliases already
/// applied), the edition <see cref="EditionChooser"/> picks for the citing document's date, and that edition's article.
/// Copies of one edition (the same year) are tried in id order for the article. Anything not found stays unresolved.
/// </summary>
public sealed class CitationResolver
{
    private readonly Dictionary<string, List<CitableRegulation>> _lineages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CitableRegulation> _byId = new(StringComparer.Ordinal);

    public CitationResolver(IEnumerable<CitableRegulation> regulations)
    {
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
        var result = new List<ResolvedCitation>();
        foreach (var m in mentions)
        {
            var target = m.IsSelf ? Self(selfId, m.Article) : Find(m, date, yearOnly);
            if (target != null && target.Articles.TryGetValue(m.Article, out var article))
                result.Add(new ResolvedCitation(m.Ordinal, m.Start, m.Text, target.Id, target.Title, m.Article, article.Ordinal, article.Text));
        }
        return result;
    }

    private CitableRegulation? Self(string id, int article) =>
        _byId.TryGetValue(id, out var r) && r.Articles.ContainsKey(article) ? r : null;

    private CitableRegulation? Find(CitationMention m, DateOnly? date, bool yearOnly)
    {
        if (TitleNormalizer.Key(m.Regulation) is not { } key || !_lineages.TryGetValue(key, out var lineage)) return null;
        var editions = EditionChooser.Choose(lineage.Select(r => r.Edition).ToList(), date, yearOnly, m.Year, m.Tense);
        foreach (var e in editions)
            if (_byId.TryGetValue(e.Id, out var r) && r.Articles.ContainsKey(m.Article)) return r;
        return null;
    }
}
