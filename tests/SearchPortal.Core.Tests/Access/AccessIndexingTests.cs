using SearchPortal.Core.Access;
using SearchPortal.Core.Configuration;
using SearchPortal.LuceneEngine.Indexing;
using SearchPortal.LuceneEngine.Search;

namespace SearchPortal.Core.Tests.Access;

/// <summary>
/// Levels from access.txt and front matter, indexed and enforced by the engine for every service: search totals and
/// facet counts, hints, 同段, documents and their editions, similar documents, statistics, quotations and their
/// sources, suggestions, the reuse check and 另见. Four scopes: anonymous, signed-in in 纪检, signed-in in 审计, admin.
/// An edit of access.txt is picked up by the next incremental run.
/// </summary>
public sealed class AccessIndexingTests : IDisposable
{
    private readonly string _corpus = TestPaths.NewTempDir("sp-access-corpus");
    private readonly string _index = TestPaths.NewTempDir("sp-access-index");

    private const string Quote = "习近平总书记指出：“对干部经常开展同志式的谈心谈话，既指出缺点不足，又给予鞭策鼓励，这是个好传统，要注意保持和发扬。”";
    private const string SecretQuote = "习近平总书记强调：“要把严的基调、严的措施、严的氛围长期坚持下去，把党的伟大自我革命进行到底。”";
    private const string Shared = "各级党组织要把作风建设作为经常性工作，坚持不懈纠治形式主义官僚主义，以优良作风凝心聚力、干事创业。";
    private const string Secret = "经查，该同志在担任城建局局长期间违规收受礼金，插手工程项目招投标，问题线索已移交审查调查室依规处置。";

    private static readonly AccessScope Anonymous = AccessScope.Anonymous;
    private static readonly AccessScope Jijian = AccessScope.SignedIn(["纪检"]);
    private static readonly AccessScope Shenji = AccessScope.SignedIn(["审计"]);
    private static readonly AccessScope Admin = AccessScope.Everything;

    public AccessIndexingTests()
    {
        File.WriteAllLines(Path.Combine(_corpus, AccessRules.FileName), [
            "# 测试语料的访问级别",
            "internal/** 内部",
            "secret/**   限定:纪检",
            "broken-line",
        ]);
        Write("public/讲话.md", "# 在全市作风建设大会上的讲话", Quote, Shared, "会议要求以案为鉴、以案促改。");
        Write("public/示范条例2015.md", "# 示范作风建设条例（2015年修订）", "第一条 为了加强作风建设，制定本条例。", "第二条 作风建设坚持标本兼治。");
        Write("internal/通报.md", "# 关于作风建设问题的通报", "近期，部分单位作风建设不严不实，现予通报。", "各单位要对照检查，立行立改。");
        Write("secret/审查报告.md", "# 审查调查报告", Secret, Shared, Quote, SecretQuote);
        Write("secret/示范条例2023.md", "# 示范作风建设条例 2023", "第一条 为了加强作风建设，制定本条例。", "第二条 作风建设坚持标本兼治。", "第三条 本条例自2024年1月1日起施行。");
        Write("secret/审计专报.md", "---", "access: 限定:审计", "---", "# 审计专报", "审计发现，部分项目作风建设经费使用不规范。");
        Write("public/错写级别.md", "---", "access: 机密", "---", "# 错写级别的文件", "本文件的作风建设级别写错了。");
    }

    public void Dispose()
    {
        foreach (var dir in new[] { _corpus, _index })
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }

    private void Write(string id, params string[] lines)
    {
        var path = Path.Combine(_corpus, id);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllLines(path, lines);
    }

    private static SearchPortalOptions Options => new() { DataPath = TestPaths.Data };

    private IndexRunSummary Index() => CorpusIndexer.Create(Options, threads: 1).Run(_corpus, _index, full: false);

    private T Read<T>(Func<SearchEngine, T> read)
    {
        using var provider = new IndexSearcherProvider(_index, IndexSchema.Load(TestPaths.Data));
        return read(SearchEngine.Create(provider, Options));
    }

    private int Total(SearchEngine e, string q, AccessScope scope, WithinScope within = WithinScope.Document) =>
        e.Documents.Search(new SearchRequest { Query = q, Scope = scope, Within = within }).Total;

    [Fact]
    public void Every_document_is_indexed_and_bad_levels_are_reported()
    {
        var run = Index();
        Assert.Equal(7, run.Added); // access.txt itself is not a document; nothing was lost to a bad level
        Assert.Empty(run.Failures);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains(run.Warnings, w => w.Id == AccessRules.FileName && w.Reason.Contains("第 4 行"));
        Assert.Contains(run.Warnings, w => w.Id == "public/错写级别.md" && w.Reason.Contains("机密"));
        Read(e =>
        {
            // The bad front-matter level closed its document: admins only.
            Assert.Null(e.Store.Get("public/错写级别.md", Jijian));
            Assert.NotNull(e.Store.Get("public/错写级别.md", Admin));
            return 0;
        });
    }

    [Fact]
    public void Search_totals_facets_and_hints_count_only_what_the_scope_may_see()
    {
        Index();
        Read(e =>
        {
            // 作风建设: 2 public, 1 internal, 2 纪检 (+ the 2023 edition), 1 审计, 1 closed.
            Assert.Equal(2, Total(e, "作风建设", Anonymous));
            Assert.Equal(3, Total(e, "作风建设", AccessScope.SignedIn([])));
            Assert.Equal(5, Total(e, "作风建设", Jijian));
            Assert.Equal(4, Total(e, "作风建设", Shenji));
            Assert.Equal(7, Total(e, "作风建设", Admin));
            Assert.Equal(0, Total(e, "作风建设", AccessScope.Nobody));

            foreach (var scope in new[] { Anonymous, Jijian, Shenji, Admin })
            {
                var r = e.Documents.Search(new SearchRequest { Query = "作风建设", Scope = scope });
                Assert.Equal(r.Total, r.Facets[FacetCatalog.Year].Sum(f => f.Count) + r.Hits.Count(h => h.Year == null));
                // Drill-sideways: with a year selected, the year facet still counts only visible documents.
                var drilled = e.Documents.Search(new SearchRequest
                {
                    Query = "作风建设", Scope = scope,
                    Filters = new Dictionary<string, IReadOnlyList<string>> { [FacetCatalog.Type] = ["条例"] },
                });
                Assert.Equal(r.Facets[FacetCatalog.Type].Sum(f => f.Count), drilled.Facets[FacetCatalog.Type].Sum(f => f.Count));
            }

            // A word only in a hidden document: the hints count visible documents and call the word absent.
            Assert.Equal(0, Total(e, "招投标", Anonymous));
            Assert.Equal("「招投标」 在所有文档中都没有出现，请检查用字或换个说法",
                e.Documents.Search(new SearchRequest { Query = "招投标", Scope = Anonymous }).Hint);
            Assert.Equal("去掉「招投标」可找到 2 篇", e.Documents.Search(new SearchRequest { Query = "招投标 作风建设", Scope = Anonymous }).Hint);
            Assert.Equal("去掉「招投标」可找到 4 篇", e.Documents.Search(new SearchRequest { Query = "招投标 作风建设", Scope = Shenji }).Hint);
            Assert.Equal(1, Total(e, "招投标 作风建设", Jijian));
            Assert.Equal(0, Total(e, "审查调查 招投标", Anonymous, WithinScope.Paragraph));
            Assert.Equal(1, Total(e, "审查调查 招投标", Jijian, WithinScope.Paragraph));
            Assert.Equal(1, Total(e, "审查调查 招投标", Jijian, WithinScope.Sentence));
            return 0;
        });
    }

    [Fact]
    public void Documents_editions_similar_and_statistics_hide_what_the_scope_may_not_see()
        {
        Index();
        Read(e =>
        {
            Assert.Null(e.Store.Get("secret/审查报告.md", Anonymous));
            Assert.Null(e.Store.Get("secret/审查报告.md", Shenji));
            Assert.NotNull(e.Store.Get("secret/审查报告.md", Jijian));
            Assert.NotNull(e.Store.Get("secret/审计专报.md", Shenji)); // front matter overrides access.txt
            Assert.Null(e.Store.Get("secret/审计专报.md", Jijian));

            // Editions: the 2023 edition (纪检 only) is neither listed nor named to others.
            Assert.Equal(["public/示范条例2015.md"], e.Store.Get("public/示范条例2015.md", Anonymous)!.Editions.Select(x => x.Id));
            Assert.Equal(["public/示范条例2015.md", "secret/示范条例2023.md"], e.Store.Get("public/示范条例2015.md", Jijian)!.Editions.Select(x => x.Id));

            Assert.DoesNotContain(e.Store.Similar("public/示范条例2015.md", 20, Anonymous), h => h.Id.StartsWith("secret/"));
            Assert.Contains(e.Store.Similar("public/示范条例2015.md", 20, Jijian), h => h.Id == "secret/示范条例2023.md");
            Assert.Empty(e.Store.Similar("secret/示范条例2023.md", 20, Anonymous));

            Assert.Equal(2, e.Store.Statistics(Anonymous).Documents);
            Assert.Equal(5, e.Store.Statistics(Jijian).Documents);
            Assert.Equal(7, e.Store.Statistics(Admin).Documents);
            Assert.DoesNotContain(e.Store.Statistics(Anonymous).Newest, h => !h.Id.StartsWith("public/"));
            Assert.True(e.Store.Statistics(Anonymous).Paragraphs < e.Store.Statistics(Jijian).Paragraphs);
            return 0;
        });
    }

    [Fact]
    public void Quotations_count_and_list_only_visible_sources()
    {
        Index();
        Read(e =>
        {
            var talk = e.Quotes.Search(new QuoteSearchRequest { Query = "谈心谈话", Scope = Anonymous });
            var hit = Assert.Single(talk.Hits);
            Assert.Equal(1, hit.Count);
            Assert.Equal(["public/讲话.md"], hit.Sources.Select(s => s.Id));
            Assert.Equal(2, Assert.Single(e.Quotes.Search(new QuoteSearchRequest { Query = "谈心谈话", Scope = Jijian }).Hits).Count);

            // A quotation used only in a hidden document: not found, not counted in who/kind, not fetched by key.
            Assert.Equal(0, e.Quotes.Search(new QuoteSearchRequest { Query = "自我革命", Scope = Anonymous }).Total);
            Assert.Equal(1, e.Quotes.Search(new QuoteSearchRequest { Query = "自我革命", Scope = Jijian }).Total);
            var all = e.Quotes.Search(new QuoteSearchRequest { Scope = Anonymous });
            var allJijian = e.Quotes.Search(new QuoteSearchRequest { Scope = Jijian });
            Assert.Equal(all.Total, all.Facets["kind"].Sum(f => f.Count));
            Assert.True(allJijian.Facets["who"].Sum(f => f.Count) > all.Facets["who"].Sum(f => f.Count));
            var key = Assert.Single(e.Quotes.Search(new QuoteSearchRequest { Query = "自我革命", Scope = Jijian }).Hits).Key;
            Assert.Null(e.Quotes.Get(key, Anonymous));
            Assert.NotNull(e.Quotes.Get(key, Jijian));
            Assert.Empty(e.Quotes.InDocument("secret/审查报告.md", Anonymous));
            Assert.Empty(e.Quotes.ForDocument("secret/审查报告.md", Anonymous));
            Assert.Equal(1, Assert.Single(e.Quotes.InDocument("public/讲话.md", Anonymous)).Count);
            Assert.Equal(2, Assert.Single(e.Quotes.InDocument("public/讲话.md", Jijian)).Count);
            return 0;
        });
    }

    [Fact]
    public void Suggestions_reuse_sources_and_echoes_are_filtered()
    {
        Index();
        Read(e =>
        {
            Assert.DoesNotContain(e.Suggest.Suggest("审查调查", Anonymous), s => s.Kind == SuggestionKinds.Title);
            Assert.Contains(e.Suggest.Suggest("审查调查", Jijian), s => s.Id == "secret/审查报告.md");
            // The newest visible edition stands for the lineage: never a hidden one.
            Assert.Equal("public/示范条例2015.md", Assert.Single(e.Suggest.Suggest("示范作风", Anonymous)).Id);
            // Editions are merged per level: a user who sees both gets each edition's title, the newest first.
            Assert.Equal(["secret/示范条例2023.md", "public/示范条例2015.md"], e.Suggest.Suggest("示范作风", Jijian).Select(s => s.Id));
            Assert.DoesNotContain(e.Suggest.Suggest("要把严的基调", Anonymous), s => s.Kind == SuggestionKinds.Quote);
            Assert.Contains(e.Suggest.Suggest("要把严的基调", Jijian), s => s.Kind == SuggestionKinds.Quote);

            Assert.Empty(e.Reuse.Check(Secret, Anonymous).Segments);
            Assert.Equal("secret/审查报告.md", Assert.Single(Assert.Single(e.Reuse.Check(Secret, Jijian).Segments).Sources).Id);
            var shared = Assert.Single(e.Reuse.Check(Shared, Anonymous).Segments);
            Assert.Equal(["public/讲话.md"], shared.Sources.Select(s => s.Id));
            Assert.Equal(2, Assert.Single(e.Reuse.Check(Shared, Jijian).Segments).Sources.Count);

            Assert.Empty(e.Reuse.Echoes("public/讲话.md", Anonymous));
            Assert.Contains(e.Reuse.Echoes("public/讲话.md", Jijian), p => p.Sources.Any(s => s.Id == "secret/审查报告.md"));
            Assert.Empty(e.Reuse.Echoes("secret/审查报告.md", Anonymous));
            return 0;
        });
    }

    [Fact]
    public void A_changed_access_txt_or_front_matter_is_picked_up_by_the_next_incremental_run()
    {
        Index();
        Assert.Equal(7, Index().Unchanged);
        Assert.Null(Read(e => e.Store.Get("internal/通报.md", Anonymous)));

        File.WriteAllLines(Path.Combine(_corpus, AccessRules.FileName), ["internal/** 公开", "secret/** 限定:纪检"]);
        var run = Index();
        Assert.Equal(1, run.Updated); // only the document whose level changed
        Assert.NotNull(Read(e => e.Store.Get("internal/通报.md", Anonymous)));
        Assert.Equal(3, Read(e => Total(e, "作风建设", Anonymous)));

        Write("secret/审计专报.md", "---", "access: 公开", "---", "# 审计专报", "审计发现，部分项目作风建设经费使用不规范。");
        Assert.Equal(1, Index().Updated);
        Assert.NotNull(Read(e => e.Store.Get("secret/审计专报.md", Anonymous)));
    }
}
