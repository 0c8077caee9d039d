using SearchPortal.LuceneEngine.Indexing;
using SearchPortal.LuceneEngine.Search;

namespace SearchPortal.Core.Tests.Search;

/// <summary>Facet counts checked against a brute-force count over the matching documents' own metadata.</summary>
[Collection(SearchIndexCollection.Name)]
public sealed class FacetCountTests(SearchIndexFixture index)
{
    private static IEnumerable<string> ValuesOf(SearchHit h, string field) => field switch
    {
        IndexSchema.Type => [h.Type],
        IndexSchema.Year => [h.Year?.ToString() ?? ""],
        IndexSchema.Level => [h.Level],
        IndexSchema.Role => [h.Role],
        IndexSchema.Occasion => [h.Occasion],
        IndexSchema.Topic => h.Topics,
        IndexSchema.Status => h.Status is { } status ? [status] : [],
        _ => throw new ArgumentException(field),
    };

    private static bool Passes(SearchHit h, Dictionary<string, List<string>> selection, string? except = null) =>
        selection.Where(s => s.Key != except).All(s => ValuesOf(h, s.Key).Any(s.Value.Contains));

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        string[] queries = ["主体责任", "监督责任", "", "巡视整改", "政治"];
        string[] selections = ["", "type=讲话", "type=讲话,通报;year=2019,2020,2021", "topic=巡视巡察;level=县", "topic=党风廉政,作风建设;type=条例,报告;year=2016,2023"];
        foreach (var q in queries)
            foreach (var s in selections) data.Add(q, s);
        return data;
    }

    private static Dictionary<string, List<string>> ParseSelection(string spec) =>
        spec.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('='))
            .ToDictionary(p => p[0], p => p[1].Split(',').ToList());

    [Theory]
    [MemberData(nameof(Cases))]
    public void Counts_equal_a_brute_force_count_with_drill_sideways(string query, string spec)
    {
        var selection = ParseSelection(spec);
        var universe = index.AllHits(new SearchRequestBuilder { Query = query, Expand = false });
        var request = new SearchRequestBuilder { Query = query, Expand = false, Size = 10 };
        foreach (var (field, values) in selection) request.Select(field, [.. values]);
        var r = index.Service.Search(request.Build());

        Assert.Equal(universe.Count(h => Passes(h, selection)), r.Total);
        foreach (var field in index.Schema.FacetFields)
        {
            // Each facet ignores its own selection (drill-sideways) but respects the others.
            var expected = universe.Where(h => Passes(h, selection, except: field))
                .SelectMany(h => ValuesOf(h, field).Where(v => v.Length > 0).Distinct())
                .GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());
            var actual = r.Facets[field].Where(v => v.Count > 0).ToDictionary(v => v.Value, v => v.Count);
            Assert.Equal(expected.OrderBy(kv => kv.Key), actual.OrderBy(kv => kv.Key));
            foreach (var v in r.Facets[field])
                Assert.Equal(selection.TryGetValue(field, out var sel) && sel.Contains(v.Value), v.Selected);
        }
    }

    [Fact]
    public void Ticking_a_value_keeps_the_other_values_of_that_facet_countable()
    {
        var plain = index.Search("主体责任", b => b.Size = 10);
        var ticked = index.Search("主体责任", b => { b.Size = 10; b.Select(IndexSchema.Type, "讲话"); });
        // The type facet is unchanged by its own selection, so 报告 can still be ticked as a second value…
        Assert.Equal(plain.Facets[IndexSchema.Type].Select(v => (v.Value, v.Count)), ticked.Facets[IndexSchema.Type].Select(v => (v.Value, v.Count)));
        Assert.Contains(ticked.Facets[IndexSchema.Type], v => v.Value == "报告" && v.Count > 0 && !v.Selected);
        Assert.True(ticked.Facets[IndexSchema.Type].Single(v => v.Value == "讲话").Selected);
        // …while the other facets follow the selection.
        Assert.True(ticked.Facets[IndexSchema.Year].Sum(v => v.Count) < plain.Facets[IndexSchema.Year].Sum(v => v.Count));
        Assert.True(ticked.Total < plain.Total);

        var two = index.Search("主体责任", b => { b.Size = 10; b.Select(IndexSchema.Type, "讲话", "报告"); });
        var counts = plain.Facets[IndexSchema.Type].ToDictionary(v => v.Value, v => v.Count);
        Assert.Equal(counts["讲话"] + counts["报告"], two.Total);
    }

    [Fact]
    public void Unknown_facet_values_and_fields_are_ignored()
    {
        var plain = index.Search("主体责任", b => b.Size = 10);
        var odd = index.Search("主体责任", b => { b.Size = 10; b.Select(IndexSchema.Type, "不存在的类型"); b.Select("colour", "red"); });
        Assert.Equal(plain.Total, odd.Total);
        Assert.NotNull(odd.Notice);
        var mixed = index.Search("主体责任", b => { b.Size = 10; b.Select(IndexSchema.Type, "讲话", "不存在的类型"); });
        Assert.Equal(plain.Facets[IndexSchema.Type].Single(v => v.Value == "讲话").Count, mixed.Total);
    }
}
