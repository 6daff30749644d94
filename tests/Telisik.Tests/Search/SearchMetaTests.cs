using Telisik.Search;

namespace Telisik.Tests.Search;

public sealed class SearchMetaTests
{
    /// <summary>Space-separated terms with the marker put before each.</summary>
    private static string M(string terms) => string.Join(' ', terms.Split(' ').Select(t => SearchMeta.Marker + t));

    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void An_article_gets_outlet_year_month_and_entity_terms()
    {
        var terms = SearchMeta.Terms("KOMPAS.com", At("2024-10-18T23:30:00+07:00"), ["John Kirby", "john kirby", "Korea Utara"]);
        // The month is the UTC month, like the time bounds the filters compare with.
        Assert.Equal(M("okompascom y2024 m202410 ejohnkirby ekoreautara"), terms);
        Assert.Equal(M("y2024 m202410"), SearchMeta.Terms(null, At("2024-11-01T03:00:00+07:00"), []));
        Assert.Equal("", SearchMeta.Terms(null, null, []));
    }

    [Fact]
    public void Names_fold_case_accents_and_punctuation()
    {
        Assert.Equal(SearchMeta.EntityTerm("Société Générale"), SearchMeta.EntityTerm("societe generale"));
        Assert.Equal(M("okompascom"), SearchMeta.OutletTerm("Kompas.com"));
        Assert.Null(SearchMeta.OutletTerm("!!!"));
        Assert.Null(SearchMeta.EntityTerm("—"));
    }

    [Theory]
    [InlineData("okompascom")]
    [InlineData("\uE000okompascom")]
    [InlineData("kata \uE000y2024 dan\uE000m202410")]
    public void No_word_of_a_text_or_query_carries_the_marker(string text)
    {
        // The analyser shares the tokenizer with queries: the marker can never reach the index as part of a word.
        var forms = SearchAnalyzer.CreateDefault().Forms(text, "id");
        Assert.DoesNotContain(SearchMeta.Marker, forms);
    }

    [Fact]
    public void A_short_range_is_covered_by_its_months()
    {
        Assert.Equal([M("m202410")], SearchMeta.MonthRange(At("2024-10-17T00:00:00Z"), At("2024-10-23T00:00:00Z")));
        Assert.Equal([M("m202410"), M("m202411")], SearchMeta.MonthRange(At("2024-10-17T00:00:00Z"), At("2024-11-02T00:00:00Z")));
        // The end is exclusive: a range ending at a month's first instant does not reach into that month.
        Assert.Equal([M("m202410")], SearchMeta.MonthRange(At("2024-10-01T00:00:00Z"), At("2024-11-01T00:00:00Z")));
        Assert.Empty(SearchMeta.MonthRange(At("2024-10-01T00:00:00Z"), At("2024-10-01T00:00:00Z")));
    }

    [Fact]
    public void A_long_range_uses_whole_years_where_it_can()
    {
        var terms = SearchMeta.MonthRange(At("2015-11-01T00:00:00Z"), At("2018-02-15T00:00:00Z"));
        Assert.Equal(["m201511", "m201512", "y2016", "y2017", "m201801", "m201802"], terms.Select(t => t.TrimStart(SearchMeta.Marker)));
    }
}
