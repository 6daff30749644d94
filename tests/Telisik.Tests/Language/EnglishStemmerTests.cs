using Telisik.Language;

namespace Telisik.Tests.Language;

/// <summary>Expected stems follow the published Porter2 (Snowball English) examples and rules.</summary>
public class EnglishStemmerTests
{
    private static readonly EnglishStemmer Stemmer = new();

    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("ties", "tie")]
    [InlineData("cats", "cat")]
    [InlineData("gas", "gas")]
    [InlineData("agreed", "agre")]
    [InlineData("hopping", "hop")]
    [InlineData("hoping", "hope")]
    [InlineData("plastered", "plaster")]
    [InlineData("motoring", "motor")]
    [InlineData("happy", "happi")]
    [InlineData("generously", "generous")]
    [InlineData("consignment", "consign")]
    [InlineData("running", "run")]
    [InlineData("troops", "troop")]
    [InlineData("national", "nation")]
    [InlineData("relational", "relat")]
    [InlineData("officials", "offici")]
    [InlineData("soldiers", "soldier")]
    [InlineData("skies", "sky")]
    [InlineData("news", "news")]
    [InlineData("proceed", "proceed")]
    [InlineData("communication", "communic")]
    [InlineData("korea's", "korea")]
    public void Words_get_their_porter2_stem(string word, string stem) => Assert.Equal(stem, Stemmer.Stem(word));

    [Theory]
    [InlineData("is")]
    [InlineData("12")]
    [InlineData("naïve")]
    public void Short_or_non_ascii_words_come_back_unchanged(string word) => Assert.Equal(word, Stemmer.Stem(word));
}
