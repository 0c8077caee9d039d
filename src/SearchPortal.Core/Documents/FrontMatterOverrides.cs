namespace SearchPortal.Core.Documents;

/// <summary>
/// YAML front matter keys (title, date, year, type, speaker, role, level, occasion, and each keyword facet's field
/// or its plural: topics, regions …) override whatever was extracted: an author who wrote them knows better than the rules.
/// <c>access:</c> (公开, 内部, 限定:纪检,审计) overrides the corpus's access.txt; a value not understood closes the document
/// (限定 without a group: admins only) rather than publish it, and is reported by the indexer.
/// </summary>
/// <param name="keywordFacets">The fields of the keyword facets (topic …).</param>
public sealed class FrontMatterOverrides(DateExtractor dates, OccasionExtractor occasions, IReadOnlyList<string> keywordFacets)
{
    public void Apply(DocumentMetadata meta, IReadOnlyDictionary<string, string> fm)
    {
        if (fm.Count == 0) return;
        string? Get(string key) =>
            fm.FirstOrDefault(kv => string.Equals(kv.Key, key, StringComparison.OrdinalIgnoreCase)).Value?.Trim().Trim('"', '\'');

        if (Get("title") is { Length: > 0 } title) meta.Title = title;
        if (Get("date") is { Length: > 0 } date && dates.ParseValue(date) is { } d) DocumentDateFinder.Apply(meta, d);
        if (Get("year") is { Length: > 0 } year && int.TryParse(year, out var y) && meta.Date?.Year != y)
        {
            meta.Date = null;
            meta.YearOnly = y;
        }
        if (Get("type") is { Length: > 0 } type) meta.Type = type;
        if (Get("speaker") is { } speaker) meta.Speaker = speaker;
        if (Get("role") is { } role) meta.Role = role;
        if (Get("level") is { } level) meta.Level = level;
        if (Get("occasion") is { } occasion)
        {
            meta.OccasionDetail = occasion;
            meta.Occasion = occasions.Canonical(occasion);
        }
        if (Get("access") is { } access)
        {
            if (AccessLevel.TryParse(access, out var accessLevel)) meta.Access = accessLevel;
            else
            {
                meta.Access = AccessLevel.Closed;
                meta.AccessProblem = $"front matter access: “{access}” 无法识别（应为 公开、内部 或 限定:组名），已按“限定”处理，仅管理员可见";
            }
        }
        foreach (var field in keywordFacets)
            if ((Get(field + "s") ?? Get(field)) is { } list)
                meta.Tags[field] = RuleFile.SplitList(list.Trim('[', ']')).Select(t => t.Trim('"', '\'', ' ')).Where(t => t.Length > 0).ToList();
    }
}
