using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPortal.LuceneEngine.Indexing;
using SearchPortal.LuceneEngine.Search;

namespace SearchPortal.Core.Tests.Search;

public sealed class QueryFieldMapperTests
{
    [Fact]
    public void Body_fields_move_to_paragraph_fields_with_positions_slop_boosts_and_minimum_kept()
    {
        var phrase = new PhraseQuery { Slop = 2, Boost = 3f };
        phrase.Add(new Term(IndexSchema.BodyBigram, "政治"), 0);
        phrase.Add(new Term(IndexSchema.BodyBigram, "生态"), 2);
        var query = new BooleanQuery { MinimumNumberShouldMatch = 1, Boost = 2f };
        query.Add(phrase, Occur.SHOULD);
        query.Add(new TermQuery(new Term(IndexSchema.Body, "巡视")) { Boost = 0.6f }, Occur.SHOULD);
        query.Add(new ConstantScoreQuery(new TermQuery(new Term(IndexSchema.Title, "巡视"))), Occur.SHOULD);
        query.Add(new TermQuery(new Term(IndexSchema.TitleBigram, "巡视")), Occur.MUST);

        var mapped = (BooleanQuery)QueryFieldMapper.ForParagraphs(query);

        Assert.Equal((1, 2f), (mapped.MinimumNumberShouldMatch, mapped.Boost));
        var p = (PhraseQuery)mapped.Clauses[0].Query;
        Assert.Equal([IndexSchema.ParagraphBodyBigram, IndexSchema.ParagraphBodyBigram], p.GetTerms().Select(t => t.Field));
        Assert.Equal(["政治", "生态"], p.GetTerms().Select(t => t.Text));
        Assert.Equal([0, 2], p.GetPositions());
        Assert.Equal((2, 3f), (p.Slop, p.Boost));
        var t = (TermQuery)mapped.Clauses[1].Query;
        Assert.Equal((IndexSchema.ParagraphBody, "巡视", 0.6f), (t.Term.Field, t.Term.Text, t.Boost));
        // An optional title clause can never match a paragraph entry: dropped. A required one stays (and still matches nothing).
        Assert.Equal(3, mapped.Clauses.Count);
        Assert.Equal((IndexSchema.TitleBigram, Occur.MUST), (((TermQuery)mapped.Clauses[2].Query).Term.Field, mapped.Clauses[2].Occur));
        // The original query is not modified.
        Assert.Equal(IndexSchema.Body, ((TermQuery)query.Clauses[1].Query).Term.Field);
    }
}
