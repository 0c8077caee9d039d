namespace SearchPortal.Contracts;

/// <summary>Which entries a facet counts: documents (the search page) or quotations (the quotation finder).</summary>
public enum FacetScope { Documents, Quotes }

/// <summary>How a facet's values are listed: most frequent first, or newest first (years).</summary>
public enum FacetOrder { ByCount, NewestFirst }

/// <summary>
/// One facet, everything about it in one place: the field it is indexed in (also its URL key and its key in
/// responses), its Chinese label, the query-language prefixes that filter on it (<c>type:</c>, <c>类型:</c>), which
/// entries it counts, and how its values are ordered. A facet whose values are tagged from keyword lists names its
/// rule file (<see cref="KeywordRules"/>, lines "value: keyword, keyword" as in topics.txt): such a facet is this
/// entry plus its rule data, nothing else.
/// </summary>
public sealed record FacetDefinition(
    string Field,
    string Label,
    IReadOnlyList<string> Prefixes,
    FacetScope Scope = FacetScope.Documents,
    FacetOrder Order = FacetOrder.ByCount,
    string? KeywordRules = null,
    int MaxValues = 100,
    string? Key = null)
{
    /// <summary>The query-string parameter that selects values of this facet, and its key in responses.</summary>
    public string UrlKey => Key ?? Field;
}

/// <summary>
/// The one list of facets, in display order, read by the index schema, the metadata tagger, the query parser, the
/// facet counter, the API, the pages and the quotation finder. <see cref="Default"/> is the product's catalogue; a
/// deployment or a test can add an entry with <see cref="With"/>.
/// </summary>
public sealed class FacetCatalog
{
    public const string Type = "type";
    public const string Year = "year";
    public const string Level = "level";
    public const string Role = "role";
    public const string Topic = "topic";
    public const string Occasion = "occasion";
    /// <summary>A regulation's validity (时效性): 现行有效, 已被修订 or 已废止; other documents have none.</summary>
    public const string Status = "status";
    /// <summary>Who is quoted (field of quotation entries; URL key <c>who</c>).</summary>
    public const string Who = "quote_who";
    /// <summary>leader | classical | document | other (field of quotation entries; URL key <c>kind</c>).</summary>
    public const string QuoteKind = "quote_kind";

    public static FacetCatalog Default { get; } = new(
    [
        new(Type, "类型", ["type", "类型"]),
        new(Year, "年份", ["year", "年份", "年"], Order: FacetOrder.NewestFirst),
        new(Level, "层级", ["level", "级别", "层级"]),
        new(Role, "讲话人职务", ["role", "职务"]),
        new(Topic, "主题", ["topic", "主题"], KeywordRules: "topics.txt"),
        new(Occasion, "场合", ["occasion", "场合"]),
        new(Status, "时效性", ["status", "时效性"]),
        new(Who, "人物", [], FacetScope.Quotes, MaxValues: 30, Key: "who"),
        new(QuoteKind, "引文类型", [], FacetScope.Quotes, Key: "kind"),
    ]);

    private readonly Dictionary<string, FacetDefinition> _byField;
    private readonly Dictionary<string, FacetDefinition> _byPrefix;

    public FacetCatalog(IReadOnlyList<FacetDefinition> facets)
    {
        All = facets;
        _byField = facets.ToDictionary(f => f.Field, StringComparer.Ordinal);
        _byPrefix = new Dictionary<string, FacetDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var f in facets)
            foreach (var prefix in f.Prefixes) _byPrefix.Add(prefix, f);
        Documents = facets.Where(f => f.Scope == FacetScope.Documents).ToList();
        Quotes = facets.Where(f => f.Scope == FacetScope.Quotes).ToList();
        DocumentFields = Documents.Select(f => f.Field).ToList();
    }

    public IReadOnlyList<FacetDefinition> All { get; }
    public IReadOnlyList<FacetDefinition> Documents { get; }
    public IReadOnlyList<FacetDefinition> Quotes { get; }
    /// <summary>The document facets' fields, in display order.</summary>
    public IReadOnlyList<string> DocumentFields { get; }


    public FacetDefinition? Find(string field) => _byField.GetValueOrDefault(field);



    /// <summary>The facet a query prefix (<c>类型</c>, <c>TYPE</c>) filters on, or null.</summary>
    public FacetDefinition? FindByPrefix(string prefix) => _byPrefix.GetValueOrDefault(prefix);

    /// <summary>The Chinese label of a facet field (the field itself when unknown).</summary>
    public string Label(string field) => Find(field)?.Label ?? field;

    /// <summary>This catalogue with one more facet, shown after the others of its scope.</summary>
    public FacetCatalog With(FacetDefinition facet) => new([.. All, facet]);
}
