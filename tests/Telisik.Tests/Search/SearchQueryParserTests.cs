using Telisik.Search;

namespace Telisik.Tests.Search;

public class SearchQueryParserTests
{
    private static QueryNode? Expr(string q) => SearchQueryParser.Parse(q).Expression;

    [Fact]
    public void Words_are_all_required()
    {
        var e = Assert.IsType<AndNode>(Expr("pasukan korea"));
        Assert.Equal(["pasukan", "korea"], e.Children.Cast<TermNode>().Select(t => t.Word));
    }

    [Fact]
    public void Or_binds_tighter_than_the_implicit_and()
    {
        var e = Assert.IsType<AndNode>(Expr("jakarta banjir OR longsor"));
        Assert.IsType<TermNode>(e.Children[0]);
        Assert.Equal(2, Assert.IsType<OrNode>(e.Children[1]).Children.Count);
    }

    [Fact]
    public void Quoted_words_are_a_phrase_with_straight_or_curly_quotes()
    {
        Assert.Equal(["setya", "novanto"], Assert.IsType<PhraseNode>(Expr("\"setya novanto\"")).Words);
        Assert.Equal(["korea", "utara"], Assert.IsType<PhraseNode>(Expr("“korea utara”")).Words);
    }

    [Fact]
    public void Minus_excludes_and_star_is_a_prefix()
    {
        var e = Assert.IsType<AndNode>(Expr("korup* -sepak"));
        Assert.True(Assert.IsType<TermNode>(e.Children[0]).Prefix);
        Assert.Equal("sepak", Assert.IsType<TermNode>(Assert.IsType<NotNode>(e.Children[1]).Child).Word);
    }

    [Fact]
    public void A_hyphen_inside_a_word_is_not_an_exclusion()
    {
        Assert.Equal("tentara-tentara", Assert.IsType<TermNode>(Expr("tentara-tentara")).Word);
    }

    [Fact]
    public void Filters_are_parsed_with_dates_as_whole_days()
    {
        var q = SearchQueryParser.Parse("banjir outlet:kompas lang:id from:2024-10-01 to:2024-10 entity:\"John Kirby\" story:s123");
        Assert.Equal(["kompas"], q.Filters.Outlets);
        Assert.Equal(["id"], q.Filters.Languages);
        Assert.Equal(new DateTimeOffset(2024, 10, 1, 0, 0, 0, TimeSpan.Zero), q.Filters.From);
        Assert.Equal(new DateTimeOffset(2024, 11, 1, 0, 0, 0, TimeSpan.Zero), q.Filters.To);
        Assert.Equal(["John Kirby"], q.Filters.Entities);
        Assert.Equal(["s123"], q.Filters.Stories);
        Assert.IsType<TermNode>(q.Expression);
    }

    [Fact]
    public void A_query_of_filters_only_is_valid()
    {
        var q = SearchQueryParser.Parse("outlet:antara");
        Assert.Null(q.Expression);
    }

    [Theory]
    [InlineData("\"korea utara", "never closed", 0)]
    [InlineData("(banjir OR longsor", "never closed", 0)]
    [InlineData("banjir)", "no matching", 6)]
    [InlineData("OR banjir", "both sides", 0)]
    [InlineData("banjir OR", "both sides", 7)]
    [InlineData("-banjir", "only excludes", 0)]
    [InlineData("foo:bar", "unknown filter", 0)]
    [InlineData("from:kemarin", "not a date", 0)]
    [InlineData("   ", "empty", 0)]
    [InlineData("* banjir", "must follow a word", 0)]
    [InlineData("ba*njir", "end of a word", 0)]
    [InlineData("-outlet:kompas banjir", "not supported", 0)]
    public void Malformed_queries_say_what_is_wrong_and_where(string query, string message, int position)
    {
        var e = Assert.Throws<QueryParseException>(() => SearchQueryParser.Parse(query));
        Assert.Contains(message, e.Message);
        if (position > 0) Assert.Equal(position, e.Position);
    }

    [Fact]
    public void Overlong_and_deeply_nested_queries_are_refused()
    {
        Assert.Throws<QueryParseException>(() => SearchQueryParser.Parse(new string('a', SearchQueryParser.MaxQueryLength + 1)));
        Assert.Throws<QueryParseException>(() => SearchQueryParser.Parse(new string('(', 50) + "a" + new string(')', 50)));
        Assert.Throws<QueryParseException>(() => SearchQueryParser.Parse(string.Join(' ', Enumerable.Range(0, 100).Select(i => $"w{i}"))));
    }
}
