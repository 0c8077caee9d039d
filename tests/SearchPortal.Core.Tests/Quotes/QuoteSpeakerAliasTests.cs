using SearchPortal.Core.Quotes;

namespace SearchPortal.Core.Tests.Quotes;

/// <summary>One canonical name per person from quote-speakers.txt, whatever alias a text uses; citations keep the writers' form.</summary>
public class QuoteSpeakerAliasTests
{
    private static readonly QuoteRules Rules = QuoteRules.Load(TestPaths.Data);
    private static readonly AttributionResolver Resolver = new(Rules);

    [Theory]
    [InlineData("习近平", "习近平")]
    [InlineData("习近平总书记", "习近平")]
    [InlineData("习近平同志", "习近平")]
    [InlineData("习近平主席", "习近平")]
    [InlineData("毛泽东同志", "毛泽东")]
    [InlineData("毛主席", "毛泽东")]
    [InlineData("小平同志", "邓小平")]
    [InlineData("周总理", "周恩来")]
    [InlineData("列宁同志", "列宁")]
    [InlineData("孙中山先生", "孙中山")]
    public void Every_alias_is_the_canonical_name(string alias, string canonical)
    {
        Assert.Equal(canonical, Resolver.Canonical(alias, QuoteKind.Other).Who);
        Assert.Equal(QuoteKind.Leader, Resolver.Canonical(alias, QuoteKind.Other).Kind);
    }

    [Theory]
    [InlineData("", "习近平")]
    [InlineData("如何高质量推进区域协调发展是习近平总书记始终牵挂的一件大事。", "习近平")]
    [InlineData("江泽民同志在党的十六大报告中指出，", "江泽民")]
    public void A_bare_title_is_the_leader_named_before_it(string context, string expected) =>
        Assert.Equal(expected, Resolver.Canonical("总书记", QuoteKind.Other, context).Who);

    [Fact]
    public void Names_that_are_not_the_person_stay_as_they_are()
    {
        Assert.Null(Rules.FindSpeaker("毛泽东思想"));
        Assert.Null(Rules.FindSpeaker("习近平新时代"));
        Assert.Equal("张某", Resolver.Canonical("张某", QuoteKind.Other).Who);
    }

    [Fact]
    public void Citations_name_the_leader_the_way_writers_do()
    {
        Assert.Equal("习近平总书记", Rules.CitedAs("习近平"));
        Assert.Equal("毛泽东同志", Rules.CitedAs("毛泽东"));
        Assert.Equal("孔子", Rules.CitedAs("孔子"));
        Assert.Equal("《中国共产党纪律处分条例》", Rules.CitedAs("《中国共产党纪律处分条例》"));
    }
}
