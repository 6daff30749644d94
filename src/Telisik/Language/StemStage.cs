using Telisik.Pipeline;

namespace Telisik.Language;

/// <summary>
/// Pipeline stage: stems word tokens with the article language's stemmer, on their matching form (lower case,
/// no diacritics). A word written with a capital letter may be a name, so the Indonesian stemmer strips only a
/// prefix its root accepts (Bekasi, Bali stay). Text in another language keeps the matching form unstemmed.
/// Stems are shared strings from the stemmers' caches.
/// </summary>
public sealed class StemStage(IndonesianStemmer indonesian, EnglishStemmer english) : IAnalysisStage
{
    /// <summary>Longest word stemmed; longer tokens keep their matching form.</summary>
    public const int MaxWordLength = 64;

    /// <inheritdoc />
    public string Name => "stems";
    /// <inheritdoc />
    public IReadOnlyList<string> Requires => [StageNames.Tokens, StageNames.Language];
    /// <inheritdoc />
    public IReadOnlyList<string> Provides => [StageNames.Stems];

    /// <inheritdoc />
    public void Run(AnalyzedArticle doc) => doc.Stems = Stem(doc.Text, doc.Tokens, doc.Article.Language);

    /// <summary>Stems parallel to <paramref name="tokens"/> (null for non-word tokens).</summary>
    public string?[] Stem(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, string language)
    {
        var stems = new string?[tokens.Length];
        Span<char> buffer = stackalloc char[MaxWordLength * 2];
        for (var i = 0; i < stems.Length; i++)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Word) continue;
            var word = t.Of(text);
            var n = word.Length <= MaxWordLength ? TextNormalizer.Normalize(word, buffer) : -1;
            if (n < 0) { stems[i] = TextNormalizer.Normalize(word); continue; }
            var form = buffer[..n];
            stems[i] = language switch
            {
                "en" => english.Stem(form),
                "id" => indonesian.Stem(form, capitalised: HasUpper(word)),
                _ => TextNormalizer.Normalize(word),
            };
        }
        return stems;
    }

    private static bool HasUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word) if (char.IsUpper(c)) return true;
        return false;
    }
}
