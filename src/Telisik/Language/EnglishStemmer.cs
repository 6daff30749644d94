namespace Telisik.Language;

/// <summary>English stemmer. Baseline: returns the word unchanged.</summary>
public sealed class EnglishStemmer : IStemmer
{
    /// <inheritdoc />
    public string Stem(string word) => word;
}
