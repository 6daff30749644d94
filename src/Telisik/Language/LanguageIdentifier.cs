namespace Telisik.Language;

/// <summary>
/// Identifies an article's language from the share of its words that are function words of Indonesian or of
/// English (the stop-word lists; words on both lists count for neither). The majority wins, so an Indonesian
/// article quoting an English sentence stays Indonesian. Text with too few function words of either language is
/// <c>other</c>. Reads at most <see cref="MaxWords"/> words. Thread-safe.
/// </summary>
public sealed class LanguageIdentifier
{
    /// <summary>Words read from the start of the text; enough to decide, and bounds the cost of huge inputs.</summary>
    public const int MaxWords = 4000;

    /// <summary>Fewest function-word hits needed to name a language.</summary>
    public const int MinHits = 2;

    /// <summary>Smallest share of words that must be function words of the winner (real prose has 25–50 %).</summary>
    public const double MinCoverage = 0.08;

    private readonly WordList _indonesian;
    private readonly WordList _english;

    /// <summary>An identifier with the built-in stop-word lists.</summary>
    public LanguageIdentifier() : this(LanguagePack.Indonesian.StopWords, LanguagePack.English.StopWords) { }

    /// <summary>An identifier with the given function-word lists.</summary>
    public LanguageIdentifier(WordList indonesian, WordList english)
    {
        _indonesian = indonesian;
        _english = english;
    }

    /// <summary>Identifies the language of <paramref name="text"/>, tokenized as <paramref name="tokens"/>.</summary>
    public LanguageGuess Identify(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        int words = 0, id = 0, en = 0;
        foreach (var t in tokens)
        {
            if (t.Kind != TokenKind.Word) continue;
            if (++words > MaxWords) { words--; break; }
            var w = t.Of(text);
            if (w.Length > 12) continue; // function words are short
            var isId = _indonesian.Contains(w);
            var isEn = _english.Contains(w);
            if (isId == isEn) continue;
            if (isId) id++; else en++;
        }
        var best = Math.Max(id, en);
        if (words == 0) return new LanguageGuess("other", 1.0);
        var coverage = (double)best / words;
        // Too little text to tell: "other", unsure. Plenty of words but few function words: "other", surer the fewer.
        if (best < MinHits) return new LanguageGuess("other", 0.5);
        if (coverage < MinCoverage) return new LanguageGuess("other", Math.Round(1.0 - coverage / MinCoverage * 0.5, 3));
        var share = (double)best / (id + en);
        var confidence = share * Math.Min(1.0, coverage / 0.2);
        return new LanguageGuess(id >= en ? "id" : "en", Math.Round(confidence, 3));
    }

    /// <summary>Identifies the language of <paramref name="text"/>.</summary>
    public LanguageGuess Identify(string text, ReadOnlySpan<Token> tokens) => Identify(text.AsSpan(), tokens);
}
