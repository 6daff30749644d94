using Telisik.Language;

namespace Telisik.Tests.Language;

public class LanguageIdentifierTests
{
    private static readonly Tokenizer Tokenizer = new();
    private static readonly LanguageIdentifier Identifier = new();

    private static LanguageGuess Identify(string text) => Identifier.Identify(text, Tokenizer.Tokenize(text));

    [Fact]
    public void Indonesian_prose_is_id()
    {
        var guess = Identify("Pemerintah mengatakan bahwa bantuan untuk warga yang terdampak banjir akan segera dikirim dari gudang di kota itu.");
        Assert.Equal("id", guess.Code);
        Assert.True(guess.Confidence > 0.8);
    }

    [Fact]
    public void English_prose_is_en()
    {
        var guess = Identify("The government said that aid for the people who were affected by the flood would be sent from the warehouse in the city.");
        Assert.Equal("en", guess.Code);
        Assert.True(guess.Confidence > 0.8);
    }

    [Fact]
    public void An_Indonesian_article_quoting_English_stays_id()
    {
        var guess = Identify("Juru bicara itu mengatakan kepada wartawan bahwa pihaknya belum menerima laporan resmi. "
            + "\"We are watching this very closely and we will respond,\" katanya. Ia juga menyebut bahwa rapat akan digelar lagi pada pekan depan.");
        Assert.Equal("id", guess.Code);
    }

    [Theory]
    [InlineData("Der Bundestag hat gestern über das neue Gesetz abgestimmt und die Mehrheit war deutlich.")]
    [InlineData("Эта статья написана на русском языке и не должна считаться английской.")]
    [InlineData("")]
    [InlineData("12.000 18/10 10.30")]
    public void Other_languages_and_wordless_text_are_other(string text) => Assert.Equal("other", Identify(text).Code);
}
