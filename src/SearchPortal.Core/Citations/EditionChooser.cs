namespace SearchPortal.Core.Citations;

/// <summary>One edition of a regulation that citations can point to: its year, issue date and the date it took effect.</summary>
/// <param name="NumberedSince">Since when its article numbers hold, from its history (the last 修订 or 修正 that is not
/// a 修正案: 刑法 since its 1997 revision, amended since without renumbering); null when its text has no history.</param>
public sealed record CitableEdition(string Id, int? Year, DateOnly? Issued, DateOnly? InForceFrom, DateOnly? NumberedSince = null)
{
    /// <summary>
    /// In force from the date its text names (本条例自…起施行), else from its issue date, else from its year; never before
    /// its numbering held (a law's text as amended keeps 本法自1980年1月1日起施行, the date of the first law).
    /// </summary>
    public DateOnly? From => Later(InForceFrom ?? Issued ?? (Year is { } y ? new DateOnly(y, 1, 1) : null), NumberedSince);

    private static DateOnly? Later(DateOnly? a, DateOnly? b) => a == null ? b : b == null ? a : a > b ? a : b;
    public DateOnly? IssuedOn => Issued ?? (Year is { } y ? new DateOnly(y, 1, 1) : null);
}

/// <summary>
/// Which edition of a lineage a citation means: the one named by year (2015年版《条例》); else the one in force on the
/// citing document's date (the current one when the date is unknown); a year named that no edition has, the edition
/// that took effect that year (2016年《条例》 is the 2015 edition, in force from 2016-01-01); 新修订的《条例》 the newest issued by then, 原《条例》
/// the one before that. A citation whose edition cannot be told (a document dated by year only, in the year an edition
/// took effect) gets none: no evidence, no link. Before the first edition the corpus holds took effect (刑法 is here
/// only as amended up to 2023), the citation means the oldest one held if that one's numbering already held on the
/// date (刑法 since 1997; a 1990 citation of 刑法 numbers the 1979 law and gets no link).
/// A lineage without years (one undated document) is that document.
/// </summary>
public static class EditionChooser
{
    /// <summary>The candidate editions, best first; empty when none fits. Copies of one year are all returned.</summary>
    public static IReadOnlyList<CitableEdition> Choose(IReadOnlyList<CitableEdition> lineage, DateOnly? date, bool yearOnly,
        int? year = null, CitationTense tense = CitationTense.InForce)
    {
        if (lineage.Count == 0) return [];
        if (year != null)
        {
            // 2016年《党纪处分条例》: the edition of 2015 that took effect in 2016, when no edition is of 2016 itself.
            var named = lineage.Where(e => e.Year == year).ToList();
            return named.Count > 0 ? named : lineage.Where(e => e.InForceFrom?.Year == year).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        }
        if (lineage.All(e => e.Year == null))
            return tense == CitationTense.Previous ? [] : lineage.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        if (date is not { } d)
            return tense == CitationTense.Previous ? [] : Newest(lineage, _ => true);
        if (!yearOnly) return At(lineage, d, tense);
        // A year without a month: the edition must be the same all year long.
        var first = At(lineage, new DateOnly(d.Year, 1, 1), tense);
        var last = At(lineage, new DateOnly(d.Year, 12, 31), tense);
        return first.Count > 0 && last.Count > 0 && Same(first, last) ? first : [];
    }

    private static IReadOnlyList<CitableEdition> At(IReadOnlyList<CitableEdition> lineage, DateOnly d, CitationTense tense)
    {
        switch (tense)
        {
            case CitationTense.Newest:
                return Newest(lineage, e => e.IssuedOn <= d);
            case CitationTense.Previous:
                var newest = Newest(lineage, e => e.IssuedOn <= d);
                if (newest.Count == 0) return [];
                var before = newest[0].Year;
                return Newest(lineage, e => e.Year < before);
            default:
                var inForce = Newest(lineage, e => e.From <= d);
                if (inForce.Count > 0) return inForce;
                var oldest = lineage.Where(e => e.Year != null).Min(e => e.Year);
                return lineage.Where(e => e.Year == oldest && e.NumberedSince <= d).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        }
    }

    private static IReadOnlyList<CitableEdition> Newest(IReadOnlyList<CitableEdition> lineage, Func<CitableEdition, bool> fits)
    {
        var candidates = lineage.Where(e => e.Year != null && fits(e)).ToList();
        if (candidates.Count == 0) return [];
        var year = candidates.Max(e => e.Year);
        return candidates.Where(e => e.Year == year).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
    }

    private static bool Same(IReadOnlyList<CitableEdition> a, IReadOnlyList<CitableEdition> b) => a[0].Year == b[0].Year;
}
