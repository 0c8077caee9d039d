using System.Text.RegularExpressions;
using SearchPortal.LuceneEngine.Indexing;
using SearchPortal.LuceneEngine.Search;
using static SearchPortal.Core.Tests.Search.SyntheticDocuments;

namespace SearchPortal.Core.Tests.Search;

[Collection(SearchIndexCollection.Name)]
public sealed class SearchServiceTests(SearchIndexFixture index)
{
    private static readonly Regex AnyTag = new("<[^>]*>");

    private static IEnumerable<string> Tags(string html) => AnyTag.Matches(html).Select(m => m.Value);

    private static bool Has(SearchResponse r, string id) => r.Hits.Any(h => h.Id == id);

    [Fact]
    public void Political_ecology_finds_the_seed_with_a_marked_passage_from_section_two()
    {
        var r = index.Search("政治生态");
        var seed = Assert.Single(r.Hits, h => h.Id == SearchIndexFixture.SeedId);
        Assert.InRange(seed.Passages.Count, 1, 3);
        Assert.All(seed.Passages, p => Assert.Contains("<mark>政治生态</mark>", p.Html));
        // The best passages come from section 二 (正视问题…政治生态): its paragraphs say 政治生态 again and again.
        var doc = index.Store.Get(SearchIndexFixture.SeedId, AccessScope.Everything)!;
        var sectionTwo = doc.Paragraphs.SkipWhile(p => !p.Text.StartsWith("二、")).TakeWhile(p => !p.Text.StartsWith("三、")).Select(p => p.Ordinal).ToHashSet();
        Assert.NotEmpty(sectionTwo);
        Assert.Contains(seed.Passages[0].Ordinal, sectionTwo);
        // Heading paths come from the structure parser, which recognises the speech's 一、二、三、 sections.
        Assert.Contains(doc.Outline, h => h.Text.StartsWith("二、正视问题"));
        Assert.StartsWith("二、正视问题", seed.Passages[0].HeadingPath);
    }

    [Fact]
    public void A_lexicon_word_is_a_phrase_not_two_words_anywhere()
    {
        // 政治工作 … 谈话 are apart in the synthetic speech; 政治谈话 is a lexicon term (a fixed expression), so it is never
        // loosened to its two words (RelevanceTiersTests shows the loose match of an ordinary compound).
        foreach (var q in new[] { "\"政治谈话\"", "政治谈话" })
        {
            var r = index.Search(q);
            Assert.True(Has(r, SearchIndexFixture.SeedId), q);
            Assert.False(Has(r, TalkApart), q);
            Assert.All(r.Hits.SelectMany(h => h.Passages), p => Assert.Contains("<mark>政治谈话</mark>", p.Html));
        }
    }

    [Fact]
    public void Minus_excludes_documents_with_the_word()
    {
        var all = index.AllHits(new SearchRequestBuilder { Query = "谈话" });
        var without = index.AllHits(new SearchRequestBuilder { Query = "谈话 -巡视" });
        Assert.Contains(all, h => h.Id == TalkApart);
        Assert.DoesNotContain(without, h => h.Id == TalkApart);
        Assert.True(without.Count < all.Count);
        foreach (var hit in without)
        {
            var text = string.Join("\n", index.Store.Get(hit.Id, AccessScope.Everything)!.Paragraphs.Select(p => p.Text)) + hit.Title;
            Assert.DoesNotContain("巡视", text);
        }
    }

    [Fact]
    public void Year_range_and_type_prefixes_filter()
    {
        var ranged = index.AllHits(new SearchRequestBuilder { Query = "主体责任 year:2019..2022" });
        var all = index.AllHits(new SearchRequestBuilder { Query = "主体责任" });
        Assert.NotEmpty(ranged);
        Assert.All(ranged, h => Assert.InRange(h.Year ?? 0, 2019, 2022));
        Assert.Equal(all.Count(h => h.Year is >= 2019 and <= 2022), ranged.Count);

        var typed = index.AllHits(new SearchRequestBuilder { Query = "类型:讲话 主体责任" });
        Assert.NotEmpty(typed);
        Assert.All(typed, h => Assert.Equal("讲话", h.Type));
        Assert.Equal(all.Count(h => h.Type == "讲话"), typed.Count);

        Assert.Equal(ranged.Count, index.AllHits(new SearchRequestBuilder { Query = "年份:2019-2022 主体责任" }).Count);
        var notTyped = index.AllHits(new SearchRequestBuilder { Query = "主体责任 -type:讲话" });
        Assert.Equal(all.Count - typed.Count, notTyped.Count);
    }

    [Fact]
    public void Four_winds_matches_the_unit_only()
    {
        var r = index.Search("四风", b => b.Expand = false);
        Assert.True(Has(r, SearchIndexFixture.SeedId));
        Assert.False(Has(r, FourWindApart));
        Assert.False(Has(r, FourWindParts));
        Assert.Empty(r.Expanded);
    }

    [Fact]
    public void Expansion_finds_a_document_that_only_names_the_parts_and_can_be_turned_off()
    {
        var expanded = index.Search("四风");
        Assert.True(Has(expanded, FourWindParts));
        Assert.False(Has(expanded, FourWindApart));
        Assert.Contains("形式主义", expanded.Expanded);
        Assert.Contains("官僚主义", expanded.Expanded);
        var passage = expanded.Hits.Single(h => h.Id == FourWindParts).Passages.First();
        Assert.Contains("<mark>形式主义</mark>", passage.Html);
        Assert.Contains("<mark>官僚主义</mark>", passage.Html);

        Assert.False(Has(index.Search("四风", b => b.Expand = false), FourWindParts));
        // The other direction: a part also finds the abbreviation.
        Assert.Contains("四风", index.Search("形式主义").Expanded);
    }

    [Fact]
    public void Gold_mountain_is_found_inside_jinshan_yinshan_quoted_and_plain()
    {
        foreach (var q in new[] { "\"金山\"", "金山", "title:生态文明 金山银山" })
        {
            var r = index.Search(q);
            var hit = Assert.Single(r.Hits, h => h.Id == GoldMountain);
            Assert.Contains(hit.Passages, p => p.Html.Contains("<mark>金山"));
        }
    }

    [Fact]
    public void Single_characters_and_names_split_by_smartcn_are_found()
    {
        // SmartCn splits 习近平 into 习/近/平; the unit is still matched as exact wording.
        var r = index.Search("习近平总书记指出");
        Assert.True(Has(r, SearchIndexFixture.SeedId), r.Notice);
        var single = index.Search("风");
        Assert.True(Has(single, FourWindApart));
    }

    [Fact]
    public void Or_matches_either_word()
    {
        var either = index.AllHits(new SearchRequestBuilder { Query = "金山银山 OR 量子纠缠" });
        Assert.Contains(either, h => h.Id == GoldMountain);
        Assert.Contains(either, h => h.Id == LongParagraph);
        Assert.Empty(index.AllHits(new SearchRequestBuilder { Query = "金山银山 量子纠缠" }));
    }

    [Fact]
    public void Passages_mark_every_term_and_contain_no_other_markup()
    {
        var r = index.Search("主体责任 监督责任", b => b.Expand = false);
        Assert.NotEmpty(r.Hits);
        foreach (var p in r.Hits.SelectMany(h => h.Passages))
        {
            Assert.All(Tags(p.Html), t => Assert.Contains(t, new[] { "<mark>", "</mark>" }));
            var text = AnyTag.Replace(p.Html, "");
            foreach (var term in new[] { "主体责任", "监督责任" })
                Assert.Equal(Regex.Matches(text, term).Count, Regex.Matches(p.Html, $"<mark>[^<]*{term}[^<]*</mark>").Count);
        }
    }

    [Fact]
    public void Script_text_comes_back_encoded()
    {
        var r = index.Search("巡察整改");
        var hit = Assert.Single(r.Hits, h => h.Id == Script);
        var html = hit.Passages.Single().Html;
        Assert.Contains("&lt;script&gt;", html);
        Assert.DoesNotContain("<script", html);
        Assert.All(Tags(html), t => Assert.Contains(t, new[] { "<mark>", "</mark>" }));
    }

    [Fact]
    public void Long_paragraphs_are_highlighted_to_their_end()
    {
        var r = index.Search("量子纠缠");
        var p = Assert.Single(r.Hits, h => h.Id == LongParagraph).Passages.Single();
        Assert.Contains("<mark>量子纠缠</mark>", p.Html);
        Assert.InRange(AnyTag.Replace(p.Html, "").Length, 20, 200);
    }

    [Fact]
    public void Results_are_documents_once_each_with_exact_totals_and_paging()
    {
        var all = index.AllHits(new SearchRequestBuilder { Query = "主体责任" });
        Assert.Equal(all.Count, all.Select(h => h.Id).Distinct().Count());
        var first = index.Service.Search(new SearchRequest { Query = "主体责任", Size = 10 });
        Assert.Equal(all.Count, first.Total);
        Assert.Equal(10, first.Hits.Count);
        var second = index.Service.Search(new SearchRequest { Query = "主体责任", Size = 10, Page = 2 });
        Assert.Empty(first.Hits.Select(h => h.Id).Intersect(second.Hits.Select(h => h.Id)));
        var huge = index.Service.Search(new SearchRequest { Query = "主体责任", Size = 5000, Page = int.MaxValue });
        Assert.Equal(SearchLimits.Default.MaxPageSize, huge.Size);
        Assert.Equal(all.Count, huge.Total);
        var silly = index.Service.Search(new SearchRequest { Query = "主体责任", Size = -3, Page = -7 });
        Assert.Equal((1, 10), (silly.Page, silly.Size));
    }

    [Fact]
    public void Title_matches_rank_above_body_matches_and_sorts_order_by_date()
    {
        var r = index.Search("责任落实情况");
        Assert.StartsWith(FacetPrefix, r.Hits[0].Id);

        var newest = index.AllHits(new SearchRequestBuilder { Query = "主体责任", Sort = SearchSort.Newest });
        var dates = newest.Select(h => h.Date ?? "").Where(d => d.Length > 0).ToList();
        Assert.Equal(dates.OrderByDescending(d => d, StringComparer.Ordinal), dates);
        var oldest = index.AllHits(new SearchRequestBuilder { Query = "主体责任", Sort = SearchSort.Oldest });
        var odates = oldest.Select(h => h.Date ?? "").ToList();
        var dated = odates.TakeWhile(d => d.Length > 0).ToList();
        Assert.Equal(dated.OrderBy(d => d, StringComparer.Ordinal), dated);
        Assert.All(odates.Skip(dated.Count), d => Assert.Equal("", d)); // undated last
    }

    [Fact]
    public void Zero_hits_explain_which_term_to_drop()
    {
        var r = index.Search("金山银山 量子纠缠 生态环境");
        Assert.Equal(0, r.Total);
        Assert.NotNull(r.Hint);
        Assert.Matches("去掉「(金山银山|量子纠缠)」可找到 [1-9]", r.Hint);

        var filtered = index.Search("金山银山", b => b.Select(IndexSchema.Type, "条例"));
        Assert.Equal(0, filtered.Total);
        // tests/fixtures/corpus/ has its own 金山银山 sample, so count the unfiltered hits instead of assuming one.
        var unfiltered = index.Search("金山银山").Total;
        Assert.True(unfiltered >= 1);
        Assert.Contains($"取消筛选条件可找到 {unfiltered} 篇", filtered.Hint);
    }

    [Theory]
    [InlineData("\"政治生态")]
    [InlineData("OR")]
    [InlineData("政治生态 OR")]
    [InlineData("-")]
    [InlineData("*")]
    [InlineData("政治生态 +(谈话) [整改]~ ^ \\ / && !")]
    [InlineData("a TO b ~2 ^3 || (")]
    [InlineData("title:")]
    [InlineData("year:abc 政治生态")]
    [InlineData("政治\u0001生态\u0000")]
    [InlineData("\uD800政治生态\uDFFF")]
    public void Odd_input_never_throws_and_says_what_happened(string query)
    {
        var r = index.Search(query);
        Assert.NotNull(r);
        Assert.DoesNotContain("Exception", r.Notice ?? "");
        if (query.Contains("政治生态")) Assert.True(r.Total > 0, query);
    }

    [Fact]
    public void Concurrent_searches_give_the_same_answers_as_sequential_ones()
    {
        string[] queries = ["政治生态", "四风", "主体责任 -巡视", "\"金山\"", "类型:讲话 主体责任", "金山银山 OR 量子纠缠"];
        var expected = queries.ToDictionary(q => q, q => index.Search(q).Hits.Select(h => h.Id + string.Concat(h.Passages.Select(p => p.Html))).ToList());
        Parallel.For(0, 60, new ParallelOptions { MaxDegreeOfParallelism = 6 }, i =>
        {
            var q = queries[i % queries.Length];
            Assert.Equal(expected[q], index.Search(q).Hits.Select(h => h.Id + string.Concat(h.Passages.Select(p => p.Html))).ToList());
        });
    }

    [Fact]
    public void Null_parts_of_a_request_are_treated_as_empty()
    {
        var r = index.Service.Search(new SearchRequest { Query = null!, Filters = null! });
        Assert.True(r.Total > 0);
        var again = index.Service.Search(new SearchRequest { Query = "政治生态", Filters = new Dictionary<string, IReadOnlyList<string>> { [IndexSchema.Type] = null! } });
        Assert.Equal(index.Search("政治生态").Total, again.Total);
    }

    [Fact]
    public void Very_long_queries_are_truncated_with_a_notice()
    {
        var r = index.Search(string.Concat(Enumerable.Repeat("政治生态 ", 1200)));
        Assert.Contains("查询过长", r.Notice);
        Assert.True(r.Total > 0);
    }

    [Fact]
    public void Document_similar_and_statistics()
    {
        var doc = index.Store.Get(SearchIndexFixture.SeedId, AccessScope.Everything);
        Assert.NotNull(doc);
        Assert.Contains(doc!.Paragraphs, p => p.Text.Contains("政治生态"));
        Assert.Null(index.Store.Get("no/such.txt", AccessScope.Everything));

        var similar = index.Store.Similar($"{FacetPrefix}00.txt", 5, AccessScope.Everything);
        Assert.NotEmpty(similar);
        Assert.DoesNotContain(similar, h => h.Id == $"{FacetPrefix}00.txt");
        Assert.StartsWith(FacetPrefix, similar[0].Id);

        var stats = index.Store.Statistics(AccessScope.Everything);
        Assert.Equal(index.CorpusIds.Count + All().Count(), stats.Documents);
        Assert.True(stats.Paragraphs > stats.Documents);
        Assert.Equal(5, stats.Newest.Count);
        Assert.Equal(stats.Documents, stats.Facets[IndexSchema.Type].Sum(v => v.Count));
        Assert.Equal(stats.Newest[0].Date, stats.LatestDate);
    }
}
