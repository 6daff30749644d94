namespace Telisik.Language;

/// <summary>Indonesian stemmer. Baseline: returns the word unchanged.</summary>
public sealed class IndonesianStemmer : IStemmer
{
    /// <inheritdoc />
    public string Stem(string word) => word;
}
