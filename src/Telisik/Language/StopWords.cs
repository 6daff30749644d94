namespace Telisik.Language;

/// <summary>Stop words of one language, from <c>languages/CODE/stopwords.txt</c>. Case-insensitive, thread-safe.</summary>
public sealed class StopWords
{
    private readonly WordList _words;

    /// <summary>Creates stop words from a word list.</summary>
    public StopWords(WordList words) => _words = words;

    /// <summary>Indonesian stop words.</summary>
    public static StopWords Indonesian => IndonesianWords.Value;

    /// <summary>English stop words.</summary>
    public static StopWords English => EnglishWords.Value;

    /// <summary>The stop words of a language code ("id", "en"); Indonesian for anything else.</summary>
    public static StopWords For(string languageCode) => languageCode == "en" ? English : Indonesian;

    /// <summary>True when <paramref name="word"/> (any case) is a stop word.</summary>
    public bool IsStopWord(ReadOnlySpan<char> word) => _words.Contains(word);

    /// <summary>Number of stop words.</summary>
    public int Count => _words.Count;

    private static readonly Lazy<StopWords> IndonesianWords = new(() => new(LanguagePack.Indonesian.StopWords));
    private static readonly Lazy<StopWords> EnglishWords = new(() => new(LanguagePack.English.StopWords));
}
