namespace Telisik.Language;

/// <summary>Reduces a lower-cased word to its stem. Implementations are thread-safe.</summary>
public interface IStemmer
{
    /// <summary>The stem of <paramref name="word"/> (expected lower-case); unknown words come back unchanged.</summary>
    string Stem(string word);
}
