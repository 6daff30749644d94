using Telisik.Language;

namespace Telisik.Tests.Language;

/// <summary>The rules beyond confix stripping: rival recodings, infixes, stem exceptions, loan suffixes, collectives.</summary>
public class IndonesianStemmerRulesTests
{
    private static readonly IndonesianStemmer Stemmer = new();

    [Theory]
    [InlineData("mengalahkan", "kalah")]  // dikalahkan is written, dialahkan is not
    [InlineData("mengunjungi", "kunjung")]
    [InlineData("mengabarkan", "kabar")]
    [InlineData("beragam", "ragam")]      // agam never occurs in news
    [InlineData("perancang", "rancang")]
    [InlineData("mengemas", "kemas")]
    [InlineData("memohon", "mohon")]      // dimohon is written; pohon "tree" is commoner but never passive
    [InlineData("memarahi", "marah")]
    [InlineData("mengarungi", "arung")]   // neither is passive and arung occurs: rule order stands
    [InlineData("memakan", "makan")]
    public void Of_rival_recodings_the_one_news_text_attests_wins(string word, string root) =>
        Assert.Equal(root, Stemmer.Stem(word));

    [Fact]
    public void Without_counts_rival_recodings_keep_the_rule_order()
    {
        var lexicon = RootLexicon.Parse(["alah/M", "kalah/M"]);
        Assert.Equal("alah", new IndonesianStemmer(lexicon, frequencies: RootFrequencies.Empty).Stem("mengalahkan"));
        var counts = RootFrequencies.Parse(["kalah 21 263"]);
        Assert.Equal("kalah", new IndonesianStemmer(lexicon, frequencies: counts).Stem("mengalahkan"));
    }

    [Fact]
    public void A_rival_seen_only_as_a_word_replaces_only_an_unseen_reading()
    {
        var lexicon = RootLexicon.Parse(["arung/M", "karung/M"]);
        Assert.Equal("arung", new IndonesianStemmer(lexicon, frequencies: RootFrequencies.Parse(["arung 0 1", "karung 0 10"])).Stem("mengarungi"));
        Assert.Equal("karung", new IndonesianStemmer(lexicon, frequencies: RootFrequencies.Parse(["karung 0 10"])).Stem("mengarungi"));
        Assert.Equal("karung", new IndonesianStemmer(lexicon, frequencies: RootFrequencies.Parse(["arung 0 9", "karung 1 0"])).Stem("mengarungi"));
    }

    [Theory]
    [InlineData("mengecek", "cek")]
    [InlineData("mengebom", "bom")]
    [InlineData("mengesahkan", "sah")]
    [InlineData("mengeluarkan", "keluar")] // luar has two syllables: no menge- reading
    public void Menge_takes_only_monosyllabic_roots(string word, string root) => Assert.Equal(root, Stemmer.Stem(word));

    [Theory]
    [InlineData("kinerja", "kerja")]
    [InlineData("kinerjanya", "kerja")]
    [InlineData("berkinerja", "kerja")]
    [InlineData("gemetar", "getar")]
    [InlineData("telunjuk", "tunjuk")]
    [InlineData("seruling", "suling")]
    [InlineData("jemari", "jari")]
    [InlineData("lelembut", "lembut")]
    [InlineData("rerata", "rata")]
    [InlineData("wewenang", "wenang")]
    [InlineData("wewenangnya", "wenang")]
    public void Listed_infixed_and_reduplicated_words_reduce_to_their_root(string word, string root) =>
        Assert.Equal(root, Stemmer.Stem(word));

    [Theory]
    [InlineData("kelas")]     // not k-el-as
    [InlineData("gelombang")] // not g-el-ombang
    [InlineData("tinggi")]
    [InlineData("sinar")]
    [InlineData("selatan")]
    [InlineData("seminar")]   // not s-em-inar
    [InlineData("cerita")]    // not c-er-ita
    [InlineData("remaja")]    // not r-em-aja
    [InlineData("tetangga")]  // not te-tangga
    [InlineData("selidik")]   // s-el-idik would merge penyelidikan with penyidikan
    public void Words_that_only_look_infixed_are_left_alone(string word) => Assert.Equal(word, Stemmer.Stem(word));

    [Fact]
    public void An_infixed_name_is_left_alone_inside_a_sentence() =>
        Assert.Equal("kinerja", Stemmer.Stem("kinerja", capitalised: true, stripAffixes: false));

    [Theory]
    [InlineData("dimulai", "mulai")]
    [InlineData("memulai", "mulai")]
    [InlineData("dimulainya", "mulai")]
    [InlineData("sebelumnya", "sebelum")]
    [InlineData("setelahnya", "setelah")]
    [InlineData("merekalah", "mereka")]
    [InlineData("menyendiri", "sendiri")]
    public void Stem_exceptions_keep_their_form_under_affixes(string word, string stem) => Assert.Equal(stem, Stemmer.Stem(word));

    [Fact]
    public void A_capitalised_stem_exception_with_a_clitic_keeps_its_form() =>
        Assert.Equal("sebelum", Stemmer.Stem("sebelumnya", capitalised: true));

    [Theory]
    [InlineData("finalisasi", "final")]
    [InlineData("standarisasinya", "standar")]
    [InlineData("optimalisasi", "optimal")]
    [InlineData("komersialisme", "komersial")]
    public void Loan_suffixes_isme_and_isasi_come_off_a_root(string word, string root) => Assert.Equal(root, Stemmer.Stem(word));

    [Theory]
    [InlineData("idealis")]  // bare -is is not stripped: nangis, terapis, menepis end in it too
    [InlineData("kritis")]
    public void The_bare_is_suffix_is_left_alone(string word) => Assert.Equal(word, Stemmer.Stem(word));

    [Theory]
    [InlineData("pepohonan", "pohon")]
    [InlineData("rerumputan", "rumput")]
    [InlineData("reruntuhan", "runtuh")]
    [InlineData("bebatuan", "batu")]
    [InlineData("reruntuhannya", "runtuh")]
    public void Reduplicated_collectives_reduce_to_their_root(string word, string root) => Assert.Equal(root, Stemmer.Stem(word));

    [Fact]
    public void A_capitalised_collective_is_not_reduced() =>
        Assert.Equal("reruntuhan", Stemmer.Stem("reruntuhan", capitalised: true));

    [Fact]
    public void Every_listed_infixed_word_reduces_to_a_lexicon_root()
    {
        var entries = LanguageData.ReadLines("languages/id/infixed-words.txt")
            .SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.Equal(entries.Count, InfixedWords.Indonesian.Count);
        foreach (var word in entries)
            Assert.True(InfixedWords.Indonesian.RootsOf(word).ToArray().Any(r => RootLexicon.Indonesian.Contains(r)), word);
    }

    [Fact]
    public void Every_counted_root_is_a_lexicon_root()
    {
        var roots = LanguageData.ReadLines("languages/id/root-frequencies.txt").Select(l => l.Split(' ')[0]).ToList();
        Assert.True(roots.Count > 100);
        Assert.All(roots, r => Assert.True(RootLexicon.Indonesian.Contains(r), r));
        Assert.True(RootFrequencies.Indonesian.Of("kalah").Passive > RootFrequencies.Indonesian.Of("alah").Passive);
    }

    [Theory]
    [InlineData("abadi")]   // starts with a vowel
    [InlineData("rumah")]   // neither Ce- nor an infix after the first consonant
    [InlineData("Kinerja")] // not lower case
    public void An_infixed_word_of_neither_shape_is_rejected_with_a_clear_error(string entry)
    {
        var error = Assert.Throws<InvalidDataException>(() => InfixedWords.Parse([entry]));
        Assert.Contains(entry, error.Message);
    }

    [Theory]
    [InlineData("kalah 21")]
    [InlineData("kalah x 3")]
    [InlineData("Kalah 1 2")]
    public void A_malformed_frequency_line_is_rejected_with_a_clear_error(string line)
    {
        var error = Assert.Throws<InvalidDataException>(() => RootFrequencies.Parse([line]));
        Assert.Contains(line, error.Message);
    }
}
