using Telisik.Language;

namespace Telisik.Tests.Language;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("Korea Utara", "korea utara")]
    [InlineData("KOREA UTARA", "korea utara")]
    [InlineData("Café Société", "cafe societe")]
    [InlineData("Jum’at", "jum'at")]
    [InlineData("İstanbul", "istanbul")]
    public void Matching_form_is_case_folded_without_diacritics(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input));

    [Fact]
    public void Equal_names_match_whatever_their_case_and_accents()
    {
        Assert.True(TextNormalizer.Equal("Korea Utara", "korea utara"));
        Assert.True(TextNormalizer.Equal("Pérez", "PEREZ"));
        Assert.False(TextNormalizer.Equal("Korea Utara", "Korea Selatan"));
    }

    [Fact]
    public void Span_form_writes_into_the_buffer_and_reports_overflow()
    {
        Span<char> buffer = stackalloc char[8];
        Assert.Equal(5, TextNormalizer.Normalize("HaLLo", buffer));
        Assert.Equal("hallo", buffer[..5].ToString());
        Assert.Equal(-1, TextNormalizer.Normalize("much too long", buffer));
    }

    [Fact]
    public void Lone_surrogates_do_not_throw() => Assert.Equal("a\uD800b", TextNormalizer.Normalize("A\uD800B"));
}
