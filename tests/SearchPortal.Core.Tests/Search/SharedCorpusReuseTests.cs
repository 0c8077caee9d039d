using SearchPortal.Core.Reuse;

namespace SearchPortal.Core.Tests.Search;

/// <summary>
/// The reuse check on ../shared/corpus: a draft made of real sentences of two documents (a Mao Zedong text and a
/// 新闻联播 transcript; one sentence of each with two characters dropped) and new sentences names both documents,
/// the right paragraphs and offsets, flags none of the new text, and reports the share the real sentences make up.
/// </summary>
[Trait(TestCategory.Name, TestCategory.SharedCorpus)]
[Collection(SharedCorpusCollection.Name)]
public sealed class SharedCorpusReuseTests(SharedCorpusFixture shared)
{
    private const string Mao = "speeches/maoxuan/第四卷/第三次国内革命战争时期/070 唯心历史观的破产.txt";
    private const string News = "articles/xinwenlianbo/20230428.md";

    private static readonly string[] NewSentences =
    [
        "今年三月，青禾县在七个乡镇试行“晨会十分钟”制度，每天由一名班子成员点评前一天的群众来电。",
        "我们在柳塘村调研时看到，村务公开栏换成了可以扫码查看的电子屏，老人们却更愿意看纸质清单。",
        "桥头社区的做法值得借鉴，他们组织退休电工每周巡查一次老旧小区的线路。",
        "城关镇今年新建的三处口袋公园很受欢迎，傍晚散步的居民比往年多了一倍。",
    ];

    [SkippableFact]
    public void A_draft_from_two_documents_and_new_text_names_both_documents_and_the_reused_share()
    {
        Skip.IfNot(TestPaths.HasSharedCorpus, TestPaths.NoSharedCorpus);
        var engine = shared.Engine!;
        var picked = new List<(string Text, string Id, int Paragraph)>();
        foreach (var id in new[] { Mao, News })
        {
            var doc = engine.Store.Get(id, AccessScope.Everything) ?? throw new InvalidOperationException(id + " is not indexed");
            var sentences = doc.Paragraphs.Where(p => p.HeadingLevel == 0).Skip(2)
                .SelectMany(p => ReuseText.SplitSentences(p.Text).Where(s => s.Normalized.Length is >= 20 and <= 60)
                    .Take(1).Select(s => (p.Text[s.Start..s.End], id, p.Ordinal)))
                .Take(3).ToList();
            Assert.Equal(3, sentences.Count);
            // The second sentence lightly edited: two characters dropped.
            sentences[1] = (sentences[1].Item1.Remove(12, 1).Remove(5, 1), id, sentences[1].Ordinal);
            picked.AddRange(sentences);
        }

        var draft = "";
        var expected = new List<(int Start, string Id, int Paragraph)>();
        for (var i = 0; i < picked.Count; i++)
        {
            expected.Add((draft.Length, picked[i].Id, picked[i].Paragraph));
            draft += picked[i].Text;
            if (i % 2 == 1) draft += NewSentences[i / 2 % NewSentences.Length] + "\n";
        }

        var report = engine.Reuse.Check(draft, AccessScope.Everything);

        Assert.Equal(picked.Count, report.Segments.Count); // every real sentence, and no new one
        foreach (var (start, id, paragraph) in expected)
        {
            var segment = Assert.Single(report.Segments, s => s.Start == start);
            Assert.Equal(segment.Text, draft[segment.Start..segment.End]);
            var source = Assert.Single(segment.Sources, s => s.Id == id);
            Assert.Equal(paragraph, source.Paragraph);
            Assert.InRange(source.Similarity, 0.9, 1.0);
        }
        var reused = picked.Sum(p => ReuseText.Normalize(p.Text).Length);
        var total = ReuseText.SplitSentences(draft).Sum(s => s.Normalized.Length);
        Assert.Equal(Math.Round((double)reused / total, 3), report.ReusedShare);
        Assert.InRange(report.ReusedShare, 0.5, 0.85);
    }
}
