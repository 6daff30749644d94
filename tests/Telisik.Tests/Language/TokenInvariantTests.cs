using FsCheck;
using FsCheck.Fluent;
using Telisik.Language;

namespace Telisik.Tests.Language;

/// <summary>
/// The offset invariant: every token is <c>text[Start..End]</c>, tokens are ordered, never overlap, stay within
/// bounds and never hold white space; sentences are ordered, cover their tokens and stay within bounds.
/// </summary>
public class TokenInvariantTests
{
    private static readonly Tokenizer Tokenizer = new();
    private static readonly SentenceSplitter Splitter = new();
    private static readonly LanguageIdentifier Identifier = new();
    private static readonly StemStage Stems = new(new IndonesianStemmer(), new EnglishStemmer());

    /// <summary>Pieces that stress the tokenizer when glued together at random.</summary>
    private static readonly string[] HostilePieces =
    [
        "a", "Z", "kata", "Rp", "US$", "$", "12", "000", ".", "..", "...", ",", "/", ":", "-", "'", "’", "“", "”", "\"",
        " ", "  ", "\n", "\t", "\r\n", "@", "#", "_", "http://", "https://x.id/", "www.", "U.S.", "Dr.", "No.",
        "\uD800", "\uDC00", "\uD83D\uDE00", "\u0301", "\u200B", "\u00AD", "\uFEFF", "…", "é", "ß", "İ", "Σ", "日本",
        "12.000", "1,5", "18/10", "10.30", "-nya", "tentara-tentara", "x@y.co", "%", "(", ")", "\0", "\u2028",
    ];

    private static void AssertInvariant(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var previousEnd = 0;
        foreach (var t in tokens)
        {
            Assert.True(t.Length > 0, "empty token");
            Assert.True(t.Start >= previousEnd, $"token at {t.Start} overlaps or precedes the one ending at {previousEnd}");
            Assert.True(t.End <= text.Length, "token past the end");
            Assert.True(t.Length <= Tokenizer.MaxTokenLength, "token longer than the cap");
            var s = text[t.Start..t.End];
            Assert.Equal(s, t.Of(text).ToString());
            Assert.False(string.IsNullOrWhiteSpace(s), $"white-space token at {t.Start}");
            Assert.False(s.Any(char.IsWhiteSpace), $"token '{s}' holds white space");
            previousEnd = t.End;
        }

        var sentences = Splitter.Split(text, tokens);
        var nextToken = 0;
        var sentenceEnd = 0;
        foreach (var sentence in sentences)
        {
            Assert.Equal(nextToken, sentence.FirstToken);
            Assert.True(sentence.TokenCount > 0);
            Assert.True(sentence.Start >= sentenceEnd && sentence.End <= text.Length && sentence.Start < sentence.End);
            Assert.Equal(tokens[sentence.FirstToken].Start, sentence.Start);
            Assert.Equal(tokens[sentence.FirstToken + sentence.TokenCount - 1].End, sentence.End);
            nextToken += sentence.TokenCount;
            sentenceEnd = sentence.End;
        }
        Assert.Equal(tokens.Length, nextToken);

        var language = Identifier.Identify(text, tokens);
        Assert.Contains(language.Code, new[] { "id", "en", "other" });
        Assert.InRange(language.Confidence, 0.0, 1.0);
        var stems = Stems.Stem(text, tokens, sentences, "id");
        for (var i = 0; i < tokens.Length; i++)
            Assert.Equal(tokens[i].Kind == TokenKind.Word, stems[i] is not null);
    }

    [Fact]
    public void Invariant_holds_for_random_strings()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), (string s) =>
        {
            AssertInvariant(s ?? "");
            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Invariant_holds_for_hostile_concatenations()
    {
        var gen = Gen.Elements(HostilePieces).ArrayOf().Select(parts => string.Concat(parts));
        Prop.ForAll(gen.ToArbitrary(), (string s) =>
        {
            AssertInvariant(s);
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }

    [Theory]
    [InlineData('a')]
    [InlineData('.')]
    [InlineData('7')]
    [InlineData('-')]
    [InlineData(' ')]
    [InlineData('\uD800')]
    public void Invariant_holds_for_a_megabyte_of_one_character(char c)
    {
        AssertInvariant(new string(c, 1 << 20));
    }

    [Fact]
    public void Invariant_holds_for_huge_runs_of_dots_between_words()
    {
        AssertInvariant("Awal" + new string('.', 100_000) + "akhir. " + string.Concat(Enumerable.Repeat("x.", 50_000)));
    }

    [Fact]
    public void Invariant_holds_for_lone_surrogates_inside_words()
    {
        AssertInvariant("kata\uD800kata \uDC00awal akhir\uD83D \uDE00 tentara-\uD800tentara 12.\uDC0000");
    }

    [Fact]
    public void Invariant_holds_for_the_sample_article()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "specs", "language", "sample.id.txt"));
        AssertInvariant(text);
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal("id", Identifier.Identify(text, tokens).Code);
        Assert.True(Splitter.Split(text, tokens).Length >= 12);
    }
}
