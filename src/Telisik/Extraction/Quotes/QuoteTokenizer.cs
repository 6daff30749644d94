namespace Telisik.Extraction.Quotes;

/// <summary>
/// Splits text into words and the punctuation the quote finder cares about. Words keep inner hyphens and
/// apostrophes (Byoung-sam, Jum'at) and inner '.', ',' or '/' between digits (12.000, 18/10).
/// </summary>
internal static class QuoteTokenizer
{
    public static List<QuoteToken> Tokenize(string text)
    {
        var tokens = new List<QuoteToken>(text.Length / 5 + 4);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (char.IsLetterOrDigit(c))
            {
                var start = i++;
                while (i < text.Length)
                {
                    var d = text[i];
                    if (char.IsLetterOrDigit(d)) { i++; continue; }
                    var next = i + 1 < text.Length ? text[i + 1] : '\0';
                    if ((d is '-' or '\'' or '’') && char.IsLetter(text[i - 1]) && char.IsLetter(next)) { i++; continue; }
                    if ((d is '.' or ',' or '/') && char.IsDigit(text[i - 1]) && char.IsDigit(next)) { i++; continue; }
                    break;
                }
                tokens.Add(new QuoteToken(start, i, QuoteTokenKind.Word));
                continue;
            }
            tokens.Add(new QuoteToken(i, i + 1, KindOf(c)));
            i++;
        }
        return tokens;
    }

    /// <summary>Index of the first token starting at or after <paramref name="position"/>.</summary>
    public static int FirstAtOrAfter(List<QuoteToken> tokens, int position)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < position) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private static QuoteTokenKind KindOf(char c) => c switch
    {
        ',' or ';' => QuoteTokenKind.Comma,
        '.' or '?' or '!' or '…' => QuoteTokenKind.SentenceEnd,
        ':' => QuoteTokenKind.Colon,
        '-' or '–' or '—' or '―' => QuoteTokenKind.Dash,
        _ when QuoteMarks.IsDouble(c) => QuoteTokenKind.DoubleMark,
        _ when QuoteMarks.IsSingle(c) => QuoteTokenKind.SingleMark,
        '(' or '[' => QuoteTokenKind.OpenParen,
        ')' or ']' => QuoteTokenKind.CloseParen,
        _ => QuoteTokenKind.Other,
    };
}
