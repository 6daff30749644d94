using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Telisik.Extraction.Figures;

namespace Telisik.Tests.Extraction.Figures;

public sealed class NumberReaderTests
{
    [Theory]
    [InlineData("12.000", true, 12000)]
    [InlineData("1,5", true, 1.5)]
    [InlineData("129,65", true, 129.65)]
    [InlineData("1.234.567", true, 1234567)]
    [InlineData("12.000,50", true, 12000.5)]
    [InlineData("3,000", false, 3000)]
    [InlineData("1.5", false, 1.5)]
    [InlineData("1,234,567.25", false, 1234567.25)]
    public void Digit_groups_follow_the_language_convention(string written, bool decimalComma, double expected) =>
        Assert.Equal(expected, NumberReader.ParseDigits(written, decimalComma));

    [Theory]
    [InlineData("12.00.0")]
    [InlineData("1,5,00")]
    [InlineData("12a")]
    public void Malformed_groups_are_not_numbers(string written) =>
        Assert.Null(NumberReader.ParseDigits(written, decimalComma: true));

    [Theory]
    [InlineData("1,000", 1000)]
    [InlineData("23,000", 23000)]
    [InlineData("1,250", 1.25)]
    public void A_comma_before_000_groups_thousands_even_in_Indonesian(string written, double expected) =>
        Assert.Equal(expected, NumberReader.ParseDigits(written, decimalComma: true));

    [Fact]
    public void Twelve_thousand_with_thousand_dot_is_12000() =>
        Assert.Equal(12000, NumberReader.ParseDigits("12.000", decimalComma: true));

    [Fact]
    public void Any_integer_written_with_Indonesian_thousand_dots_reads_back() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), n =>
        {
            var written = n.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');
            return NumberReader.ParseDigits(written, decimalComma: true) == n;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Any_integer_written_with_English_thousand_commas_reads_back() =>
        Prop.ForAll(Gen.Choose(1000, int.MaxValue).ToArbitrary(), n =>
            NumberReader.ParseDigits(n.ToString("#,0", CultureInfo.InvariantCulture), decimalComma: false) == n)
            .QuickCheckThrowOnFailure();
}
