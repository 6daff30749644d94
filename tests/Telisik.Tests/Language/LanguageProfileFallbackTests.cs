using Telisik.Language;

namespace Telisik.Tests.Language;

/// <summary>The n-gram profile fallback for text with too few function words. All texts written for Telisik.</summary>
public class LanguageProfileFallbackTests
{
    private static readonly Tokenizer Tokenizer = new();
    private static readonly LanguageIdentifier Identifier = new();

    private static LanguageGuess Identify(string text) => Identifier.Identify(text, Tokenizer.Tokenize(text));

    private const string EnglishBoxScore = """
        BOYS BASKETBALL

        Eastside d. Riverton 58-41

        Eastside (2-0): Marcus Hill 18 points, 7 rebounds. Jordan Reeves 12 points. Tyler Grant 9 points, 4 assists. Devin Ortiz 6 points.

        Riverton (0-2): Caleb Woods 15 points. Nathan Price 11 points, 3 steals. Owen Fletcher 8 points. Brandon Shaw 7 points.

        GIRLS SWIMMING

        Lakewood 96, Harbor Point 74. Winners: 200 freestyle relay (Lakewood). 100 butterfly: Emily Carter. 100 backstroke: Hannah Brooks. 500 freestyle: Grace Mitchell.
        """;

    private const string IndonesianResults = """
        HASIL PEKAN KEDUA PULUH

        Garuda Muda 2-1 Elang Selatan
        Gol: Rian Pratama 12', Dedi Kurniawan 67'; Bayu Saputra 80'

        Banteng Timur 0-0 Macan Kemayoran

        Klasemen sementara: Garuda Muda 34 poin, Macan Kemayoran 31 poin, Elang Selatan 30 poin, Banteng Timur 27 poin.
        Pencetak gol terbanyak: Bayu Saputra 14 gol, Rian Pratama 11 gol, Dedi Kurniawan 10 gol. Kartu kuning terbanyak: Yoga Permana 6 kartu.
        """;

    private const string PortugueseTable = """
        Classificação do campeonato estadual

        Atlético Serrano 24 pontos, sete vitórias, três empates, uma derrota, dezenove gols marcados.
        Esporte Clube Ribeirão 21 pontos, seis vitórias, três empates, duas derrotas.
        Artilharia: João Ribeiro nove gols, Márcio Albuquerque sete gols, Sebastião Nogueira cinco gols.
        Próxima rodada: sábado, às dezesseis horas, no estádio municipal.
        """;

    [Fact]
    public void An_English_box_score_with_few_function_words_is_en()
    {
        var guess = Identify(EnglishBoxScore);
        Assert.Equal("en", guess.Code);
        Assert.InRange(guess.Confidence, 0.0, 0.5); // a profile guess is never more than half sure
    }

    [Fact]
    public void Indonesian_results_with_few_function_words_are_id() => Assert.Equal("id", Identify(IndonesianResults).Code);

    [Fact]
    public void A_Portuguese_table_is_other() => Assert.Equal("other", Identify(PortugueseTable).Code);

    [Fact]
    public void Without_profiles_a_box_score_is_other()
    {
        var identifier = new LanguageIdentifier(LanguagePack.Indonesian.StopWords, LanguagePack.English.StopWords);
        Assert.Equal("other", identifier.Identify(EnglishBoxScore, Tokenizer.Tokenize(EnglishBoxScore)).Code);
    }

    [Fact]
    public void A_short_list_of_names_is_left_other() =>
        Assert.Equal("other", Identify("Marcus Hill 18 points. Jordan Reeves 12 points. Tyler Grant 9 points.").Code);

    [Fact]
    public void Korean_text_quoting_English_names_is_other() =>
        Assert.Equal("other", Identify(string.Concat(Enumerable.Repeat("오늘 경기에서 Marcus Hill 선수가 18점을 기록했고 Jordan Reeves 선수도 활약했다. ", 8))).Code);

    [Fact]
    public void The_profiles_name_what_they_were_built_from()
    {
        var profiles = LanguageProfiles.Shipped;
        Assert.Contains("en", profiles.Languages);
        Assert.Contains("id", profiles.Languages);
        Assert.True(profiles.Size >= 300);
        var text = EnglishBoxScore;
        Assert.Equal("en", profiles.Match(text, Tokenizer.Tokenize(text))!.Value.Code);
        Assert.Null(profiles.Match("too short", Tokenizer.Tokenize("too short")));
    }

    [Fact]
    public void Profiles_of_different_lengths_are_rejected_with_a_clear_error()
    {
        var error = Assert.Throws<InvalidDataException>(() => LanguageProfiles.Parse(["en _ e t", "id _ a"]));
        Assert.Contains("'id'", error.Message);
        Assert.Throws<InvalidDataException>(() => LanguageProfiles.Parse(["en _ e t"]));
        Assert.Throws<InvalidDataException>(() => LanguageProfiles.Parse(["en _ e e", "id _ a n"]));
    }

    [Fact]
    public void A_huge_wordy_input_is_read_only_up_to_the_letter_cap()
    {
        var text = string.Concat(Enumerable.Repeat("Supercalifragilisticexpialidocious" + new string('x', 500) + " points. ", 2000));
        var match = LanguageProfiles.Shipped.Match(text, Tokenizer.Tokenize(text));
        Assert.NotNull(match);
    }
}
