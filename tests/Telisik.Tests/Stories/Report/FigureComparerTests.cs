using Telisik.Extraction.Figures;
using Telisik.Stories.Report;

namespace Telisik.Tests.Stories.Report;

/// <summary>The grouping and dispute rules of the story report's figure comparison.</summary>
public class FigureComparerTests
{
    private static readonly FigureComparer Comparer = FigureComparer.LoadDefault();

    private static (FigureClaim, string?, string?) Claim(double value, string unit, string? subject = null, Approximation approx = Approximation.Exact,
        FigureTense tense = FigureTense.Unspecified, double? max = null, string source = "sumber", string article = "a1", string? sentence = null)
    {
        // The figure stands at the start of its sentence: "<value> <unit> <rest>".
        var text = sentence ?? $"{value} {unit} disebut dalam laporan";
        var len = value.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
        return (new FigureClaim(value, max, approx, false, tense, null, source, article, "Outlet", null, text[..len], 0, len, text, 0, text.Length), unit, subject);
    }

    [Fact]
    public void Counts_of_people_are_split_by_what_happened_to_them()
    {
        var q = Comparer.Compare([
            Claim(12, "orang", sentence: "12 orang tewas dalam banjir itu"),
            Claim(15, "orang", sentence: "15 orang meninggal dunia menurut BPBD", article: "a2"),
            Claim(7000, "jiwa", sentence: "7000 jiwa mengungsi ke balai desa"),
            Claim(3, "warga", sentence: "3 warga masih hilang hingga sore")]);
        Assert.Equal(["deaths", "evacuees", "missing"], q.Select(x => x.Unit).Order());
        Assert.True(q.Single(x => x.Unit == "deaths").Disputed);
    }

    [Fact]
    public void Soldiers_counted_with_different_words_are_one_quantity()
    {
        var q = Comparer.Compare([Claim(12000, "anggota pasukan khusus", "anggota pasukan khusus ke Rusia"), Claim(3000, "tentara", "tentara Korea Utara"), Claim(3000, "troops", "North Korean troops")]);
        Assert.Single(q);
        Assert.Equal("soldiers", q[0].Unit);
        Assert.Equal(3, q[0].Claims.Count);
    }

    [Fact]
    public void Different_owners_or_unit_families_are_different_quantities()
    {
        var q = Comparer.Compare([Claim(3000, "tentara", "tentara Korea Utara di Rusia"), Claim(500, "tentara", "tentara Ukraina"), Claim(57.8, "persen", "pemesanan")]);
        Assert.Equal(3, q.Count);
    }

    [Fact]
    public void Two_exact_counts_of_the_same_moment_that_differ_are_disputed()
    {
        var q = Comparer.Compare([Claim(12, "orang", "korban tewas"), Claim(15, "orang", "korban tewas", source: "BNPB", article: "a2")]).Single();
        Assert.True(q.Disputed);
        Assert.Single(q.Conflicts);
    }

    [Fact]
    public void A_plan_and_a_deployment_are_told_apart_not_disputed()
    {
        // "12.000 ... akan dikirim" vs "1.500 ... telah dikerahkan": two moments, both true.
        var q = Comparer.Compare([Claim(12000, "tentara", tense: FigureTense.Planned), Claim(1500, "tentara", approx: Approximation.About, tense: FigureTense.Past)]).Single();
        Assert.False(q.Disputed);
    }

    [Fact]
    public void At_least_is_compatible_with_more_but_not_with_less()
    {
        Assert.False(Comparer.Compare([Claim(3000, "tentara", approx: Approximation.AtLeast), Claim(12000, "tentara")]).Single().Disputed);
        Assert.True(Comparer.Compare([Claim(3000, "tentara", approx: Approximation.AtLeast), Claim(1500, "tentara", tense: FigureTense.Past)]).Single().Disputed);
    }

    [Theory]
    [InlineData(1500, Approximation.About, 1650, Approximation.Exact, false)]  // within "sekitar"'s 15 %
    [InlineData(1500, Approximation.About, 1900, Approximation.Exact, true)]
    [InlineData(12000, Approximation.Exact, 12100, Approximation.Exact, false)] // rounding
    [InlineData(8000, Approximation.AtMost, 7000, Approximation.Exact, false)]
    [InlineData(8000, Approximation.AtMost, 9000, Approximation.Exact, true)]
    public void Qualifiers_set_the_tolerance(double a, Approximation qa, double b, Approximation qb, bool disputed)
    {
        Assert.Equal(disputed, Comparer.Compare([Claim(a, "orang", approx: qa), Claim(b, "orang", approx: qb)]).Single().Disputed);
    }

    [Fact]
    public void A_range_conflicts_only_with_values_outside_it()
    {
        Assert.False(Comparer.Compare([Claim(7000, "orang", approx: Approximation.Range, max: 8000), Claim(7500, "orang")]).Single().Disputed);
        Assert.True(Comparer.Compare([Claim(7000, "orang", approx: Approximation.Range, max: 8000), Claim(9000, "orang")]).Single().Disputed);
    }

    [Fact]
    public void Figures_without_a_unit_are_not_compared()
    {
        Assert.Empty(Comparer.Compare([(Claim(3, "x").Item1, null, null)]));
    }

    [Theory]
    [InlineData("tentara Korea Utara di Rusia", "korea utara")]
    [InlineData("anggota pasukan khusus ke Rusia", null)]
    [InlineData("tentara ke Rusia", null)]
    [InlineData("North Korean troops", null)]
    public void The_owner_is_the_name_right_after_the_counted_noun(string subject, string? owner)
    {
        Assert.Equal(owner, FigureComparer.Owner(subject));
    }
}

public sealed class FigureDescriptionTests
{
    private static FigureClaim Claim(Approximation approx, string? source) =>
        new(1500, null, approx, false, FigureTense.Past, null, source, "a1", "Kompas", null, "1.500", 0, 5, "1.500 tentara", 0, 13);

    [Fact]
    public void The_value_is_described_without_its_source_even_when_the_source_has_brackets()
    {
        var claim = Claim(Approximation.About, "Badan Intelijen Nasional (BIN) Korea Selatan");
        Assert.Equal("about 1,500", FigureComparer.DescribeValue(claim));
        Assert.Equal("about 1,500 (Badan Intelijen Nasional (BIN) Korea Selatan, Kompas, past)", FigureComparer.Describe(claim));
        Assert.Equal("1,500", FigureComparer.DescribeValue(Claim(Approximation.Exact, null)));
        Assert.Equal("at least 1,500", FigureComparer.DescribeValue(Claim(Approximation.AtLeast, null)));
    }
}
