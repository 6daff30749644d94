using Telisik.Pipeline;

namespace Telisik.Language;

/// <summary>
/// Pipeline stage: stems word tokens with the article language's stemmer, on their matching form (lower case,
/// no diacritics). Indonesian capitalises names, not nouns, so in Indonesian text a capitalised word inside a
/// sentence is a name and keeps its matching form (Bekasi, Bermuda), an all-capitals word is an acronym (PBB, AS)
/// and stays too, and a capitalised word that opens a sentence or sits in a title-case line is stemmed only
/// through a prefix its root accepts (Penyelidikan → selidik, Bali stays bali). English words all get Porter2.
/// Text in another language keeps the matching form unstemmed. Stems are shared strings from the caches.
/// </summary>
public sealed class StemStage(IndonesianStemmer indonesian, EnglishStemmer english) : IAnalysisStage
{
    /// <summary>Longest word stemmed; longer tokens keep their matching form.</summary>
    public const int MaxWordLength = 64;

    /// <inheritdoc />
    public string Name => "stems";
    /// <inheritdoc />
    public IReadOnlyList<string> Requires => [StageNames.Tokens, StageNames.Sentences, StageNames.Language];

    /// <summary>Share of capitalised words from which a sentence of three words or more counts as a title.</summary>
    public const double TitleCaseShare = 0.6;
    /// <inheritdoc />
    public IReadOnlyList<string> Provides => [StageNames.Stems];

    /// <inheritdoc />
    public void Run(AnalyzedArticle doc) => doc.Stems = Stem(doc.Text, doc.Tokens, doc.Sentences, doc.Article.Language);

    /// <summary>
    /// Stems parallel to <paramref name="tokens"/> (null for non-word tokens). <paramref name="sentences"/> tells
    /// which words open a sentence; when empty, the whole text counts as one sentence.
    /// </summary>
    public string?[] Stem(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, string language)
    {
        var stems = new string?[tokens.Length];
        Span<char> buffer = stackalloc char[MaxWordLength * 2];
        var whole = new Sentence(0, text.Length, 0, tokens.Length);
        var sentenceCount = sentences.IsEmpty ? 1 : sentences.Length;
        for (var s = 0; s < sentenceCount; s++)
        {
            var sentence = sentences.IsEmpty ? whole : sentences[s];
            var title = language == "id" && IsTitleCase(text, tokens.Slice(sentence.FirstToken, sentence.TokenCount));
            var first = true;
            for (var i = sentence.FirstToken; i < sentence.FirstToken + sentence.TokenCount; i++)
            {
                var t = tokens[i];
                if (t.Kind != TokenKind.Word) continue;
                var opens = first;
                first = false;
                var word = t.Of(text);
                var n = word.Length <= MaxWordLength ? TextNormalizer.Normalize(word, buffer) : -1;
                if (n < 0) { stems[i] = TextNormalizer.Normalize(word); continue; }
                var form = buffer[..n];
                stems[i] = language switch
                {
                    "en" => english.Stem(form),
                    "id" => StemIndonesian(word, form, opens || title),
                    _ => TextNormalizer.Normalize(word),
                };
            }
        }
        return stems;
    }

    private string StemIndonesian(ReadOnlySpan<char> word, ReadOnlySpan<char> form, bool capitalAllowed)
    {
        var (upper, letters) = CountUpper(word);
        if (upper == 0) return indonesian.Stem(form);
        // An acronym, or a name inside a sentence: no affixes to strip. The cache hands out one shared string.
        if ((upper == letters && letters > 1) || !capitalAllowed) return indonesian.Stem(form, capitalised: true, stripAffixes: false);
        return indonesian.Stem(form, capitalised: true);
    }

    private static bool IsTitleCase(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        int words = 0, capitalised = 0;
        foreach (var t in tokens)
        {
            if (t.Kind != TokenKind.Word) continue;
            words++;
            if (char.IsUpper(text[t.Start])) capitalised++;
        }
        return words >= 3 && capitalised >= TitleCaseShare * words;
    }

    private static (int Upper, int Letters) CountUpper(ReadOnlySpan<char> word)
    {
        int upper = 0, letters = 0;
        foreach (var c in word)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (char.IsUpper(c)) upper++;
        }
        return (upper, letters);
    }
}
