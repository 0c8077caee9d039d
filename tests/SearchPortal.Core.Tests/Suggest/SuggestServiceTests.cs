using SearchPortal.Core.Tests.Search;

namespace SearchPortal.Core.Tests.Suggest;

/// <summary>Suggestions from the index of the repository's corpus/: stored titles, the lexicon and the quotation entries.</summary>
[Collection(SearchIndexCollection.Name)]
public sealed class SuggestServiceTests(SearchIndexFixture index)
{
    [Fact]
    public void A_regulation_is_suggested_by_the_words_after_its_issuing_body()
    {
        var hits = index.Engine.Suggest.Suggest("纪律处分", AccessScope.Everything);
        var title = hits.First(h => h.Kind == SuggestionKinds.Title);
        Assert.StartsWith("中国共产党纪律处分条例", title.Text);
        Assert.NotNull(index.Store.Get(title.Id!, AccessScope.Everything)); // the id opens the document
        Assert.Contains(hits, h => h.Kind == SuggestionKinds.Term && h.Text == "纪律处分"); // lexicon.txt has it
    }

    [Fact]
    public void One_character_is_enough_and_the_limit_holds()
    {
        var hits = index.Engine.Suggest.Suggest("中", AccessScope.Everything);
        Assert.InRange(hits.Count, 1, SearchLimits.Default.MaxSuggestions);
        Assert.Equal(SuggestionKinds.Title, hits[0].Kind);
        Assert.Empty(index.Engine.Suggest.Suggest(null, AccessScope.Everything));
        Assert.Empty(index.Engine.Suggest.Suggest(" \u200b ", AccessScope.Everything));
        Assert.Empty(index.Engine.Suggest.Suggest("\ud800", AccessScope.Everything));
    }
}
