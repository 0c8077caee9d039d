using System.Text.RegularExpressions;

namespace SearchPortal.Core.Documents;

/// <summary>The validity of a regulation (时效性): the facet values, as shown.</summary>
public static class EditionStatus
{
    public const string Current = "现行有效";
    public const string Superseded = "已被修订";
    public const string Repealed = "已废止";
}

/// <summary>
/// Which documents are editions of one regulation. A regulation (type 法律 or 条例, not a commentary or an amendment)
/// has an edition key: its title without the year and edition markers (（2018年修订）, 2023年版, （试行）, a trailing
/// year) and without 中华人民共和国: <see cref="TitleNormalizer.Key"/>. Documents with the same key form a lineage; each one's
/// year comes from the title, else from the text. Amendments (刑法修正案（十一）) relate to a law but are not editions.
/// Repealed regulations are listed in Data/repealed.txt (lines "title | repealing document").
/// </summary>
public sealed partial class RegulationEditions
{
    public const string RepealedFile = "repealed.txt";

    private static readonly HashSet<string> RegulationTypes = ["法律", "条例"];
    private readonly Dictionary<string, string> _repealed;

    public RegulationEditions(IReadOnlyDictionary<string, string>? repealed = null)
    {
        _repealed = new(StringComparer.Ordinal);
        foreach (var (title, by) in repealed ?? new Dictionary<string, string>())
            if (TitleNormalizer.Key(title) is { } key) _repealed[key] = by;
    }

    public static RegulationEditions Load(string dataPath) =>
        new(RuleFile.ReadOptionalLines(dataPath, RepealedFile).Select(l => RuleFile.SplitFields(l, 2))
            .ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : "", StringComparer.Ordinal));

    /// <summary>Sets the edition key, year and the status known from this document alone (current or repealed).</summary>
    public void Apply(DocumentMetadata meta, IReadOnlyList<Paragraph>? paragraphs = null)
    {
        if (!IsRegulation(meta.Title, meta.Type) || TitleNormalizer.Key(meta.Title) is not { } key) return;
        // One part of a code in its own file (中华人民共和国民法典 › 人格权编) is that part, not an edition of the code.
        if (Part(paragraphs ?? []) is { } part) key += "·" + part;
        meta.EditionKey = key;
        meta.EditionYear = TitleNormalizer.TitleYear(meta.Title) ?? HistoryYear(paragraphs ?? []) ?? meta.Year;
        var repealed = _repealed.TryGetValue(key, out var by);
        meta.RepealedBy = repealed ? by : "";
        meta.Tags[FacetCatalog.Status] = [repealed ? EditionStatus.Repealed : EditionStatus.Current];
    }

    /// <summary>A regulation's own text, not a commentary, a Q&amp;A or an amendment.</summary>
    public static bool IsRegulation(string title, string type) =>
        RegulationTypes.Contains(type) && !Amendment().IsMatch(title) && !Commentary().IsMatch(title)
        && TitleNormalizer.Key(title) is { } key && RegulationName().IsMatch(key);

    /// <summary>
    /// The latest year in the adoption and revision history above the first article (1979年7月1日…通过 …
    /// 2018年10月26日…第三次修正): the edition's year, where the document's date is its first adoption.
    /// </summary>
    public static int? HistoryYear(IReadOnlyList<Paragraph> paragraphs)
    {
        int? latest = null;
        foreach (var p in RevisionHistory.Head(paragraphs))
        {
            foreach (Match m in HistoryDate().Matches(p.Text))
                latest = Math.Max(latest ?? 0, int.Parse(m.Groups[1].Value));
        }
        return latest;
    }

    /// <summary>The part a file holds (人格权编, 总则, 附则: a bare part heading above the first article), or null.</summary>
    public static string? Part(IReadOnlyList<Paragraph> paragraphs)
    {
        foreach (var p in RevisionHistory.Head(paragraphs))
        {
            if (PartHeading().IsMatch(p.Text.Trim())) return p.Text.Trim();
        }
        return null;
    }

    /// <summary>
    /// Statuses of one lineage's editions: the newest year is current (several documents of that year, copies,
    /// all are), older ones are superseded. An edition without a year is not judged superseded (it is often a copy
    /// of a dated one: no evidence, no claim). Repealed stays repealed.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Decide(IReadOnlyList<Edition> lineage)
    {
        var newest = lineage.Where(e => e.Status != EditionStatus.Repealed).Select(e => e.Year ?? 0).DefaultIfEmpty(0).Max();
        return lineage.ToDictionary(e => e.Id, e =>
            e.Status == EditionStatus.Repealed ? EditionStatus.Repealed
            : e.Year is not { } year || year >= newest ? EditionStatus.Current : EditionStatus.Superseded, StringComparer.Ordinal);
    }

    // A regulation's name ends with what it is (…法, …条例, …规定（一）); a heading such as 基本案情 does not.
    [GeneratedRegex(@"(法|法典|条例|规定|办法|规则|准则|细则|章程|守则|规程|规范|解释|决定|标准|制度)[一二三四五六七八九十]*$")]
    private static partial Regex RegulationName();

    // Unnumbered: 第一编 总则 opens every edition of a regulation in parts, 人格权编 names one file's part.
    [GeneratedRegex(@"^(?:[\p{IsCJKUnifiedIdeographs}]{1,8}编|总则|分则|附则)$")]
    private static partial Regex PartHeading();

    [GeneratedRegex(@"((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月")]
    private static partial Regex HistoryDate();

    [GeneratedRegex(@"修正案|修改.{0,12}的决定")]
    private static partial Regex Amendment();

    // Titles that discuss a regulation rather than being one.
    [GeneratedRegex(@"如何|怎样|怎么|是否|吗[？?]?$|[？?]|解读|浅析|辨析|评析|探析|理解|第[一二三四五六七八九十百零〇\d]+条|解析|答问|问答|学习|系列|新旧|施行后|实施后|图解|释义|要点|对照")]
    private static partial Regex Commentary();
}

/// <summary>One edition of a lineage as the index knows it.</summary>
public sealed record Edition(string Id, string Title, int? Year, string Status);
