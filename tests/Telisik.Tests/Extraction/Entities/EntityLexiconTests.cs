using Telisik.Extraction.Entities;
using Telisik.Extraction.Entities.Lexicons;
using Telisik.Language;

namespace Telisik.Tests.Extraction.Entities;

public class EntityLexiconTests
{
    private static readonly Tokenizer Tokenizer = new();
    private static readonly Lazy<EntityLexicon> Indonesian = new(() => EntityLexicon.Load("id", Tokenizer));

    private static (int Length, GazetteerEntry? Entry) Match(string text, bool cased = true)
    {
        var tokens = Tokenizer.Tokenize(text);
        return Indonesian.Value.Gazetteer.TryMatch(text, tokens, 0, tokens.Length, cased, out var length, out var entry)
            ? (length, entry) : (0, null);
    }

    [Fact]
    public void Short_names_map_to_the_canonical_country() =>
        Assert.Equal("Korea Utara", Match("Korut menembakkan rudal").Entry?.Canonical);

    [Fact]
    public void Longest_listed_name_wins() =>
        Assert.Equal((3, "Dewan Keamanan PBB"), (Match("Dewan Keamanan PBB bersidang").Length, Match("Dewan Keamanan PBB bersidang").Entry?.Canonical));

    [Fact]
    public void An_acronym_matches_only_as_written_in_cased_text()
    {
        Assert.Equal("Amerika Serikat", Match("AS mengecam").Entry?.Canonical);
        Assert.Null(Match("as roda patah").Entry);
    }

    [Fact]
    public void A_listed_name_in_lower_case_does_not_match_cased_text_unless_listed_so()
    {
        Assert.Null(Match("jakarta macet").Entry);
        Assert.Equal("Jakarta", Match("jakarta macet", cased: false).Entry?.Canonical);
        Assert.Equal("Badan Intelijen Nasional", Match("badan intelijen Korea Selatan menyebut").Entry?.Canonical);
    }

    [Fact]
    public void A_capital_knows_the_country_it_acts_for()
    {
        Assert.True(Indonesian.Value.TryGetEntry("Pyongyang", out var entry));
        Assert.Equal("Korea Utara", entry.ActsFor);
    }

    [Fact]
    public void Head_words_fix_the_type() =>
        Assert.Equal(EntityType.Organisation, Indonesian.Value.HeadType("Lembaga"));

    [Theory]
    [InlineData("id")]
    [InlineData("en")]
    public void Every_language_pack_loads(string language)
    {
        var lexicon = EntityLexicon.Load(language, Tokenizer);
        Assert.True(lexicon.SurfaceCount > 100);
        Assert.True(lexicon.IsStopword(language == "id" ? "Senin" : "Monday"));
    }
}
