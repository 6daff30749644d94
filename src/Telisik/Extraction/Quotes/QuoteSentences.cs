namespace Telisik.Extraction.Quotes;

/// <summary>
/// Sentence ranges over quote tokens, enough for attribution: a sentence ends at '.', '?' or '!' before a capital, a
/// quote mark or a digit (not after a one-letter initial or a short title such as Dr.), and at every paragraph break.
/// </summary>
internal static class QuoteSentences
{
    private static readonly string[] Abbreviations = ["Dr", "Ir", "Prof", "Mr", "Mrs", "Ms", "St", "No", "Jl", "Hj", "Kol", "Jr", "Sr", "dr", "drg", "Bpk", "Sdr"];

    public static List<(int First, int End)> Split(string text, List<QuoteToken> tokens)
    {
        var sentences = new List<(int, int)>();
        var first = 0;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (k > first && text.AsSpan(tokens[k - 1].End, tokens[k].Start - tokens[k - 1].End).Contains('\n'))
            {
                sentences.Add((first, k));
                first = k;
            }
            if (tokens[k].Kind != QuoteTokenKind.SentenceEnd || k + 1 >= tokens.Count) continue;
            var next = tokens[k + 1];
            var opensNext = next.Kind is QuoteTokenKind.DoubleMark or QuoteTokenKind.SingleMark
                || (next.IsWord && (char.IsUpper(text[next.Start]) || char.IsDigit(text[next.Start])));
            if (!opensNext || next.Start == tokens[k].End && next.IsWord) continue;
            if (k > 0 && tokens[k - 1].IsWord && IsAbbreviation(tokens[k - 1].Of(text))) continue;
            // A closing quote mark right after the full stop belongs to this sentence; when a cue follows it
            // ("…?” kata Austin) the sentence goes on.
            var end = k + 1;
            if (next.Kind is QuoteTokenKind.DoubleMark or QuoteTokenKind.SingleMark && next.Start == tokens[k].End)
            {
                if (k + 2 < tokens.Count && (tokens[k + 2].Kind == QuoteTokenKind.Comma
                    || tokens[k + 2].IsWord && !char.IsUpper(text[tokens[k + 2].Start]))) continue;
                end++;
            }
            sentences.Add((first, end));
            first = end;
            k = end - 1;
        }
        if (first < tokens.Count) sentences.Add((first, tokens.Count));
        return sentences;
    }

    private static bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        if (word.Length == 1 && char.IsUpper(word[0])) return true;
        foreach (var a in Abbreviations) if (word.Equals(a, StringComparison.Ordinal)) return true;
        return false;
    }
}
