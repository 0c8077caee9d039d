using SearchPortal.Core.Citations;

namespace SearchPortal.Core.Tests.Citations;

/// <summary>The editions of 纪律处分条例 in ../shared/corpus with the dates their texts give (in force 2016-01-01, 2018-10-01, 2024-01-01).</summary>
public class EditionChooserTests
{
    private static readonly IReadOnlyList<CitableEdition> Lineage =
    [
        new("1997", 1997, new DateOnly(1997, 2, 17), null),
        new("2003", 2003, null, null),
        new("2015", 2015, new DateOnly(2015, 10, 18), new DateOnly(2016, 1, 1)),
        new("2018", 2018, new DateOnly(2018, 8, 18), new DateOnly(2018, 10, 1)),
        new("2023", 2023, new DateOnly(2023, 12, 19), new DateOnly(2024, 1, 1)),
    ];

    private static string? Choose(DateOnly? date, bool yearOnly = false, int? year = null, CitationTense tense = CitationTense.InForce) =>
        EditionChooser.Choose(Lineage, date, yearOnly, year, tense).FirstOrDefault()?.Id;

    [Theory]
    [InlineData(2018, 9, 30, "2015")] // issued in August, in force from October
    [InlineData(2018, 10, 1, "2018")]
    [InlineData(2023, 12, 25, "2018")]
    [InlineData(2024, 3, 1, "2023")]
    [InlineData(2010, 6, 1, "2003")]
    public void The_edition_in_force_on_the_citing_date(int y, int m, int d, string id) => Assert.Equal(id, Choose(new DateOnly(y, m, d)));

    [Fact]
    public void Without_a_date_the_current_edition() => Assert.Equal("2023", Choose(null));

    [Fact]
    public void A_year_alone_in_a_year_an_edition_took_effect_is_not_enough()
    {
        Assert.Null(Choose(new DateOnly(2018, 7, 1), yearOnly: true));
        Assert.Equal("2018", Choose(new DateOnly(2020, 7, 1), yearOnly: true));
    }

    [Fact]
    public void A_written_year_and_edition_words_override_the_date()
    {
        Assert.Equal("2015", Choose(new DateOnly(2020, 1, 1), year: 2015));
        Assert.Equal("2015", Choose(new DateOnly(2020, 1, 1), year: 2016)); // 2016年《条例》: the edition in force from 2016
        Assert.Null(Choose(new DateOnly(2020, 1, 1), year: 2017)); // no such edition: no link
        Assert.Equal("2023", Choose(new DateOnly(2023, 12, 25), tense: CitationTense.Newest)); // 新修订的《条例》 a week after issue
        Assert.Equal("2015", Choose(new DateOnly(2019, 5, 1), tense: CitationTense.Previous)); // 原《条例》
    }

    [Fact]
    public void Before_every_edition_held_the_oldest_one_if_its_numbering_held_then()
    {
        // 刑法 as amended to 2023, numbered since its 1997 revision: a 2016 citation is its article, a 1990 one is not.
        IReadOnlyList<CitableEdition> criminalLaw = [new("刑法", 2023, null, null, new DateOnly(1997, 3, 14))];
        Assert.Equal("刑法", EditionChooser.Choose(criminalLaw, new DateOnly(2016, 5, 1), false).Single().Id);
        Assert.Empty(EditionChooser.Choose(criminalLaw, new DateOnly(1990, 5, 1), false));
        Assert.Empty(EditionChooser.Choose([new("无沿革", 2023, null, new DateOnly(2024, 1, 1))], new DateOnly(2016, 5, 1), false));
    }
}
