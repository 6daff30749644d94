using Telisik.Language;

namespace Telisik.Tests.Language;

public class IndonesianStemmerTests
{
    private static readonly IndonesianStemmer Stemmer = new();

    [Theory]
    [InlineData("penyelidikan", "selidik")]
    [InlineData("pemerintah", "perintah")]
    [InlineData("menulis", "tulis")]
    [InlineData("memukul", "pukul")]
    [InlineData("mengupas", "kupas")]
    [InlineData("menyapu", "sapu")]
    [InlineData("ditemukan", "temu")]
    [InlineData("kedudukan", "duduk")]
    [InlineData("diperbaiki", "baik")]
    [InlineData("memperbaiki", "baik")]
    [InlineData("keberhasilan", "hasil")]
    [InlineData("bekerja", "kerja")]
    [InlineData("pelajaran", "ajar")]
    [InlineData("terdepan", "depan")]
    [InlineData("rumahnya", "rumah")]
    [InlineData("hancurlah", "hancur")]
    [InlineData("menikah", "nikah")]
    [InlineData("mengerti", "erti")]
    [InlineData("pasukan", "pasuk")]
    public void Affixed_words_reduce_to_their_root(string word, string root) => Assert.Equal(root, Stemmer.Stem(word));

    [Theory]
    [InlineData("tentara-tentara", "tentara")]
    [InlineData("sehari-hari", "hari")]
    [InlineData("meniru-niru", "tiru")]
    [InlineData("kuasa-mu", "kuasa")]
    public void Reduplications_and_hyphenated_clitics_reduce_to_the_root(string word, string root) =>
        Assert.Equal(root, Stemmer.Stem(word));

    [Theory]
    [InlineData("kebon")]
    [InlineData("mereka")]
    [InlineData("sebelum")]
    [InlineData("asean")]
    [InlineData("di")]
    public void Unknown_words_are_left_alone(string word) => Assert.Equal(word, Stemmer.Stem(word));

    [Theory]
    [InlineData("bernafas", "nafas")]
    [InlineData("terhenyak", "henyak")]
    public void Ber_and_ter_come_off_a_root_the_lexicon_lacks(string word, string root) => Assert.Equal(root, Stemmer.Stem(word));

    [Theory]
    [InlineData("berlin")]
    [InlineData("medan")]
    public void Capitalised_names_that_look_prefixed_are_left_alone(string name) =>
        Assert.Equal(name, Stemmer.Stem(name, capitalised: true));

    [Fact]
    public void A_capitalised_word_loses_only_a_prefix_its_root_accepts()
    {
        Assert.Equal("bekasi", Stemmer.Stem("bekasi", capitalised: true));
        Assert.Equal("bali", Stemmer.Stem("bali", capitalised: true));
        Assert.Equal("selidik", Stemmer.Stem("penyelidikan", capitalised: true));
        Assert.Equal("rumah", Stemmer.Stem("rumahnya", capitalised: true));
    }

    [Fact]
    public void Stemming_checks_the_lexicon_it_is_given()
    {
        var tiny = new IndonesianStemmer(RootLexicon.Parse(["tulis/M", "baca/D"]));
        Assert.Equal("tulis", tiny.Stem("menulis"));
        Assert.Equal("baca", tiny.Stem("dibaca"));
        Assert.Equal("penyelidikan", tiny.Stem("penyelidikan"));
    }

    [Fact]
    public void A_root_that_accepts_the_prefix_wins_over_one_that_does_not()
    {
        var lexicon = RootLexicon.Parse(["upas", "kupas/M"]);
        Assert.Equal("kupas", new IndonesianStemmer(lexicon).Stem("mengupas"));
    }

    [Fact]
    public void Stems_are_cached_and_shared()
    {
        var stemmer = new IndonesianStemmer();
        var first = stemmer.Stem("pemerintahan".AsSpan());
        var second = stemmer.Stem("pemerintahan".AsSpan());
        Assert.Same(first, second);
    }

    [Fact]
    public void Stemming_is_thread_safe()
    {
        var stemmer = new IndonesianStemmer(RootLexicon.Indonesian, cacheCapacity: 50);
        var words = new[] { "penyelidikan", "menulis", "dibaca", "kebijakan", "pemerintah", "bekerja" };
        var expected = words.Select(w => new IndonesianStemmer().Stem(w)).ToArray();
        Parallel.For(0, 2000, i => Assert.Equal(expected[i % words.Length], stemmer.Stem(words[i % words.Length])));
    }
}
