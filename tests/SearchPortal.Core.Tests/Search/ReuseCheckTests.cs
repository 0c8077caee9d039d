using SearchPortal.Core.Reuse;
using SearchPortal.LuceneEngine.Search;

namespace SearchPortal.Core.Tests.Search;

/// <summary>The reuse check over the small real index (the repository's corpus/): found, found edited, not found.</summary>
[Collection(SearchIndexCollection.Name)]
public sealed class ReuseCheckTests(SearchIndexFixture index)
{
    private const string Edited = "政治谈话是一个长期工作，近期省市纪委下发工作提示：明确要求各级党委尽快做好换届后的政治谈话工作！";
    private const string NewText = "今天上午我们一起参观了新落成的乡村图书馆，孩子们在阅览室里安静地读着绘本。";

    [Fact]
    public void A_verbatim_paragraph_and_an_edited_sentence_are_found_in_the_seed_and_new_text_is_not()
    {
        var seed = index.Store.Get(SearchIndexFixture.SeedId, AccessScope.Everything)!;
        var verbatim = seed.Paragraphs.First(p => p.Text.StartsWith("三是现实有需要", StringComparison.Ordinal));
        var original = seed.Paragraphs.First(p => p.Text.Contains("政治谈话是一个长期性的工作", StringComparison.Ordinal));
        var draft = "同志们：\n" + verbatim.Text + "\n" + Edited + NewText;

        var report = index.Engine.Reuse.Check(draft, AccessScope.Everything);

        Assert.All(report.Segments, s => Assert.Equal(s.Text, draft[s.Start..s.End]));
        var verbatimStart = draft.IndexOf(verbatim.Text, StringComparison.Ordinal);
        var inVerbatim = report.Segments.Where(s => s.Start >= verbatimStart && s.End <= verbatimStart + verbatim.Text.Length).ToList();
        // Every sentence of the paragraph long enough to check (not the 7-character 三是现实有需要), verbatim, from its
        // paragraph of the seed.
        var checkable = ReuseText.SplitSentences(verbatim.Text).Count(s => s.Normalized.Length >= ReuseChecker.MinSentenceLength);
        Assert.InRange(checkable, 1, 10);
        Assert.Equal(checkable, inVerbatim.Count);
        Assert.All(inVerbatim, s => Assert.Contains(s.Sources, src =>
            src.Id == SearchIndexFixture.SeedId && src.Paragraph == verbatim.Ordinal && src.Similarity == 1.0));

        var edited = Assert.Single(report.Segments, s => s.Text == Edited);
        Assert.Equal(draft.IndexOf(Edited, StringComparison.Ordinal), edited.Start);
        var source = Assert.Single(edited.Sources, src => src.Id == SearchIndexFixture.SeedId);
        Assert.Equal(original.Ordinal, source.Paragraph);
        Assert.InRange(source.Similarity, 0.9, 0.99); // two characters dropped of 41
        Assert.False(string.IsNullOrEmpty(source.Title));

        Assert.DoesNotContain(report.Segments, s => s.End > draft.IndexOf(NewText, StringComparison.Ordinal));
        Assert.DoesNotContain(report.Segments, s => s.Text == "同志们：");
        // Reused: the paragraph and the edited sentence, not the new sentence or the salutation.
        Assert.InRange(report.ReusedShare, 0.6, 0.9);
    }

    [Fact]
    public void Text_found_nowhere_and_an_empty_draft_give_an_empty_report()
    {
        var none = index.Engine.Reuse.Check(NewText + "\n" + NewText, AccessScope.Everything);
        Assert.Empty(none.Segments);
        Assert.Equal(0, none.ReusedShare);
        Assert.Empty(index.Engine.Reuse.Check("", AccessScope.Everything).Segments);
        Assert.Empty(index.Engine.Reuse.Check(null, AccessScope.Everything).Segments);
    }
}

/// <summary>另见 N 篇 over the small index: the synthetic facet documents repeat two paragraphs across many documents.</summary>
[Collection(SearchIndexCollection.Name)]
public sealed class ParagraphEchoesTests(SearchIndexFixture index)
{
    [Fact]
    public void A_paragraph_repeated_in_other_documents_lists_them_and_a_unique_paragraph_lists_none()
    {
        // Documents 00, 03, …, 21 say 各级党组织要落实主体责任，纪委要落实监督责任。 (8 documents); their second
        // paragraph (持续推进巡视整改 / 加强日常监督) is under 20 characters and not looked for.
        var echoes = index.Engine.Reuse.Echoes(SyntheticDocuments.FacetPrefix + "00.txt", AccessScope.Everything);
        var echo = Assert.Single(echoes);
        Assert.Equal(2, echo.Paragraph);
        Assert.Equal(Enumerable.Range(1, 7).Select(i => $"{SyntheticDocuments.FacetPrefix}{i * 3:D2}.txt"), echo.Sources.Select(s => s.Id).Order());
        Assert.All(echo.Sources, s => Assert.Equal((2, 1.0), (s.Paragraph, s.Similarity)));

        Assert.Empty(index.Engine.Reuse.Echoes(SearchIndexFixture.SeedId, AccessScope.Everything));
        Assert.Empty(index.Engine.Reuse.Echoes("no/such-document.txt", AccessScope.Everything));
    }
}
