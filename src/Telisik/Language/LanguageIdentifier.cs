namespace Telisik.Language;

/// <summary>
/// Identifies an article's language. Baseline: counts frequent function words of each language.
/// </summary>
public sealed class LanguageIdentifier
{
    private static readonly HashSet<string> Indonesian = ["yang", "dan", "di", "ke", "dari", "ini", "itu", "dengan", "untuk", "tidak", "akan", "pada", "juga", "dalam", "adalah", "telah", "kata"];
    private static readonly HashSet<string> English = ["the", "and", "of", "to", "in", "is", "that", "for", "it", "with", "was", "on", "as", "said", "by", "at", "from"];

    /// <summary>Identifies the language of <paramref name="text"/>.</summary>
    public LanguageGuess Identify(string text, ReadOnlySpan<Token> tokens)
    {
        int id = 0, en = 0;
        foreach (var t in tokens)
        {
            if (t.Kind != TokenKind.Word) continue;
            var w = text.Substring(t.Start, t.Length).ToLowerInvariant();
            if (Indonesian.Contains(w)) id++;
            if (English.Contains(w)) en++;
        }
        var total = id + en;
        if (total < 3) return new LanguageGuess("other", 0.5);
        return id >= en ? new LanguageGuess("id", (double)id / total) : new LanguageGuess("en", (double)en / total);
    }
}
