using Telisik.Language;

namespace Telisik.Stories;

/// <summary>
/// The fallback entity signal: maximal sequences of capitalised words ("Korea Utara", "Kim Jong Un"), normalised.
/// A single capitalised word opening a sentence is skipped: it is capitalised by position, not by being a name.
/// </summary>
internal static class CapitalisedNames
{
    /// <summary>Longest name kept, in words; longer runs are headlines or all-caps noise.</summary>
    private const int MaxWords = 5;

    public static IEnumerable<string> Find(string text, Token[] tokens, Sentence[] sentences)
    {
        var sentenceStarts = new HashSet<int>(sentences.Select(s => s.FirstToken));
        var i = 0;
        while (i < tokens.Length)
        {
            if (!IsCapitalisedWord(text, tokens[i])) { i++; continue; }
            var start = i;
            while (i < tokens.Length && IsCapitalisedWord(text, tokens[i]) && i - start < MaxWords
                   && (i == start || !text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End).Contains('\n')))
                i++;
            var n = i - start;
            if (n == 1 && sentenceStarts.Contains(start)) continue;
            var name = TextNormalizer.Normalize(text.AsSpan(tokens[start].Start, tokens[i - 1].End - tokens[start].Start));
            if (name.Length > 2) yield return name;
        }
    }

    private static bool IsCapitalisedWord(string text, Token t) =>
        t.Kind == TokenKind.Word && t.Length > 1 && char.IsUpper(text[t.Start]);
}
