namespace Telisik.Language;

/// <summary>
/// The word lists of one language, loaded from <c>languages/CODE/</c> once, lazily, and then immutable.
/// A pack loads only the lists it has; asking for a missing one fails with a clear error.
/// </summary>
public sealed class LanguagePack
{
    private static readonly Lazy<LanguagePack> IndonesianPack = new(() => new LanguagePack("id"));
    private static readonly Lazy<LanguagePack> EnglishPack = new(() => new LanguagePack("en"));

    private readonly Lazy<WordList> _stopWords;
    private readonly Lazy<WordList> _abbreviations;
    private readonly Lazy<WordList> _stemExceptions;

    private LanguagePack(string code)
    {
        Code = code;
        _stopWords = new(() => WordList.Load($"languages/{code}/stopwords.txt", ignoreCase: true));
        _abbreviations = new(() => WordList.Load($"languages/{code}/abbreviations.txt", ignoreCase: true));
        _stemExceptions = new(() => WordList.Load($"languages/{code}/stem-exceptions.txt", ignoreCase: true));
    }

    /// <summary>Indonesian (<c>languages/id/</c>).</summary>
    public static LanguagePack Indonesian => IndonesianPack.Value;

    /// <summary>English (<c>languages/en/</c>).</summary>
    public static LanguagePack English => EnglishPack.Value;

    /// <summary>ISO 639-1 code.</summary>
    public string Code { get; }

    /// <summary>Function words (case-insensitive).</summary>
    public WordList StopWords => _stopWords.Value;

    /// <summary>Abbreviations that are written with a period and never end a sentence (case-insensitive).</summary>
    public WordList Abbreviations => _abbreviations.Value;

    /// <summary>Words that look affixed but are stems of their own (Indonesian only).</summary>
    public WordList StemExceptions => _stemExceptions.Value;

    /// <summary>Currency symbols and codes written before amounts (case-sensitive), shared by both languages.</summary>
    public static WordList Currencies => CurrencyList.Value;

    /// <summary>Words that mark a neighbouring "10.30" as a time of day (case-insensitive).</summary>
    public static WordList TimeCues => TimeCueList.Value;

    private static readonly Lazy<WordList> CurrencyList = new(() => WordList.Load("languages/id/currency-tokens.txt", ignoreCase: false));
    private static readonly Lazy<WordList> TimeCueList = new(() => WordList.Load("languages/id/clock-cues.txt", ignoreCase: true));
}
