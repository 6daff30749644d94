using Telisik.Language;

namespace Telisik.Tests.Language;

public class WordListTests
{
    [Theory]
    [InlineData("yang", true)]
    [InlineData("Yang", true)]
    [InlineData("tentara", false)]
    public void Indonesian_stop_words_ignore_case(string word, bool expected) =>
        Assert.Equal(expected, StopWords.Indonesian.IsStopWord(word));

    [Theory]
    [InlineData("The", true)]
    [InlineData("doesn't", true)]
    [InlineData("soldier", false)]
    public void English_stop_words_ignore_case(string word, bool expected) =>
        Assert.Equal(expected, StopWords.English.IsStopWord(word));

    [Fact]
    public void Language_packs_load_their_lists()
    {
        Assert.True(LanguagePack.Indonesian.Abbreviations.Contains("Jl"));
        Assert.True(LanguagePack.English.Abbreviations.Contains("Mr"));
        Assert.True(LanguagePack.Currencies.Contains("Rp"));
        Assert.False(LanguagePack.Currencies.Contains("rp"));
        Assert.True(RootLexicon.Indonesian.Count > 25_000);
        Assert.True(RootLexicon.Indonesian.Contains("selidik"));
        Assert.False(RootLexicon.Indonesian.Contains("bekasi"));
    }

    [Fact]
    public void A_lexicon_with_a_capitalised_entry_is_rejected_with_a_clear_error()
    {
        var error = Assert.Throws<InvalidDataException>(() => RootLexicon.Parse(["rumah", "Bekasi"]));
        Assert.Contains("Bekasi", error.Message);
    }

    [Fact]
    public void The_stem_cache_starts_over_when_full()
    {
        var cache = new StemCache(capacity: 2);
        cache.Add("a", "1");
        cache.Add("b", "2");
        cache.Add("c", "3");
        Assert.True(cache.TryGet("c", out var c) && c == "3");
        Assert.True(cache.Count <= 2);
        Assert.False(cache.TryGet("a", out _));
    }
}
