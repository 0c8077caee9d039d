using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPortal.Core.Documents;
using SearchPortal.LuceneEngine.Indexing;
using Xunit.Abstractions;

namespace SearchPortal.Core.Tests.Search;

/// <summary>
/// Editions on the real corpus: 《中国共产党纪律处分条例》 1997, 2003, 2015, 2018 and 2023 form one lineage with
/// 2023 in force, no lineage joins different regulations or commentaries, and search prefers the edition in force
/// unless the query names a year.
/// </summary>
[Trait(TestCategory.Name, TestCategory.SharedCorpus)]
[Collection(SharedCorpusCollection.Name)]
public sealed class SharedCorpusEditionTests(SharedCorpusFixture shared, ITestOutputHelper output)
{
    private const string Folder = "regulations/ccdi-kb/党内法律法规/";
    private static readonly string[] DisciplineEditions =
    [
        Folder + "中国共产党纪律处分条例1997.md", Folder + "中国共产党纪律处分条例2003.md", Folder + "中国共产党纪律处分条例2015.md",
        Folder + "中国共产党纪律处分条例_2018.md", Folder + "中国共产党纪律处分条例_2023.md",
    ];

    private SharedCorpusFixture Shared
    {
        get
        {
            Skip.IfNot(TestPaths.HasSharedCorpus, TestPaths.NoSharedCorpus);
            return shared;
        }
    }

    [SkippableFact]
    public void The_five_editions_of_the_discipline_regulation_form_one_lineage_with_2023_in_force()
    {
        var store = Shared.Engine!.Store;
        foreach (var id in DisciplineEditions)
        {
            var doc = store.Get(id, AccessScope.Everything)!;
            Assert.Equal(DisciplineEditions, doc.Editions.Select(e => e.Id));
            Assert.Equal([1997, 2003, 2015, 2018, 2023], doc.Editions.Select(e => e.Year ?? 0));
            Assert.Equal(id.EndsWith("2023.md") ? EditionStatus.Current : EditionStatus.Superseded, doc.Status);
        }
        // A commentary about the regulation is not an edition and has no status.
        var commentary = store.Get("regulations/ccdi-kb/业务探讨/新修订的《中国共产党纪律处分条例》施行后如何规范适用新旧条例.md", AccessScope.Everything)!;
        Assert.Null(commentary.Status);
        Assert.Empty(commentary.Editions);
    }

    [SkippableFact]
    public void Search_prefers_the_edition_in_force_unless_the_query_names_a_year()
    {
        var search = Shared.Service!;
        foreach (var q in new[] { "纪律处分条例", "中国共产党纪律处分条例", "纪律处分条例 2018" })
            foreach (var h in search.Search(new SearchRequest { Query = q }).Hits.Take(6)) output.WriteLine($"{q}\t{h.Score:F2}\t{h.Status}\t{h.Id}");
        Assert.Equal(DisciplineEditions[4], search.Search(new SearchRequest { Query = "纪律处分条例" }).Hits[0].Id);
        // The full title is a long query whose wording also ranks commentaries high; among the editions the current one leads.
        Assert.Equal(DisciplineEditions[4], search.Search(new SearchRequest { Query = "中国共产党纪律处分条例", Size = 20 }).Hits.First(h => DisciplineEditions.Contains(h.Id)).Id);
        Assert.Equal(DisciplineEditions[3], search.Search(new SearchRequest { Query = "纪律处分条例 2018" }).Hits[0].Id);
        Assert.Equal(DisciplineEditions[2], search.Search(new SearchRequest { Query = "纪律处分条例 2015" }).Hits[0].Id);
        var filtered = search.Search(new SearchRequest { Query = "纪律处分条例 时效性:已被修订" });
        Assert.All(filtered.Hits, h => Assert.Equal(EditionStatus.Superseded, h.Status));
        Assert.Contains(filtered.Hits, h => h.Id == DisciplineEditions[3]);
    }

    [SkippableFact]
    public void Lineages_join_editions_of_one_regulation_only()
    {
        var lineages = Lineages();
        var lines = lineages.Where(l => l.Value.Count > 1).OrderBy(l => l.Key, StringComparer.Ordinal)
            .Select(l => l.Key + "\t" + string.Join(" | ", l.Value.Select(e => $"{e.Year} {e.Status} {e.Title} [{e.Id}]"))).ToList();
        foreach (var line in lines) output.WriteLine(line);
        if (Environment.GetEnvironmentVariable("SEARCHPORTAL_LINEAGE_DUMP") is { Length: > 0 } dump) File.WriteAllLines(dump, lines);

        Assert.True(lines.Count >= 20, $"{lines.Count} lineages with several editions");
        foreach (var (_, editions) in lineages)
        {
            // One edition key means one regulation: every title is that regulation's name with markers only.
            var names = editions.Select(e => TitleNormalizer.Key(e.Title)).Distinct().ToList();
            Assert.Single(names);
            Assert.DoesNotContain(editions, e => e.Title.Contains("修正案") || e.Title.Contains("如何"));
            Assert.Contains(editions, e => e.Status is EditionStatus.Current or EditionStatus.Repealed);
        }
        // 条例 and its 实施细则 are two lineages.
        Assert.NotEqual(TitleNormalizer.Key("中国共产党纪律检查机关案件检查工作条例"), TitleNormalizer.Key("中国共产党纪律检查机关案件检查工作条例实施细则"));
        Assert.True(lineages.ContainsKey(TitleNormalizer.Key("中国共产党纪律检查机关案件检查工作条例实施细则")!));
    }

    private Dictionary<string, List<Edition>> Lineages() => Shared.Provider!.Use(searcher =>
    {
        var result = new Dictionary<string, List<Edition>>(StringComparer.Ordinal);
        var fields = new HashSet<string> { IndexSchema.Id, IndexSchema.Title, IndexSchema.EditionKey, IndexSchema.EditionYear, IndexSchema.Status };
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(IndexSchema.Kind, IndexSchema.KindDocument)), Occur.MUST },
            { new TermRangeQuery(IndexSchema.EditionKey, null, null, true, true), Occur.MUST },
        };
        foreach (var sd in searcher!.Search(query, 100_000).ScoreDocs)
        {
            var d = searcher.Doc(sd.Doc, fields);
            var key = d.Get(IndexSchema.EditionKey);
            if (!result.TryGetValue(key, out var list)) result[key] = list = [];
            list.Add(new Edition(d.Get(IndexSchema.Id), d.Get(IndexSchema.Title), int.TryParse(d.Get(IndexSchema.EditionYear), out var y) ? y : null, d.Get(IndexSchema.Status)));
        }
        foreach (var list in result.Values) list.Sort((a, b) => (a.Year ?? 0).CompareTo(b.Year ?? 0));
        return result;
    });
}
