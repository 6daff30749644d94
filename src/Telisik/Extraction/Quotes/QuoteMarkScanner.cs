namespace Telisik.Extraction.Quotes;

/// <summary>
/// Pairs quotation marks into <see cref="MarkedSpan"/>s. Double marks of any style toggle (so plain " works for both
/// ends and „…“ pairs); single marks pair only outside double quotes and never inside a word (Jum'at is not a quote).
/// A quote left open at a paragraph's end continues into the next paragraph when that paragraph re-opens with a
/// mark (the newspaper convention) or closes it; otherwise it ends with its paragraph.
/// </summary>
internal static class QuoteMarkScanner
{
    /// <summary>A quote may continue over at most this many paragraph breaks.</summary>
    public const int MaxContinuedParagraphs = 6;

    public static List<MarkedSpan> Scan(string text)
    {
        var spans = new List<MarkedSpan>();
        int openDouble = -1, openSingle = -1, continued = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                openSingle = -1; // single quotes never span paragraphs
                if (openDouble < 0) continue;
                var next = SkipWhitespace(text, i);
                if (continued < MaxContinuedParagraphs && next < text.Length && ContinuesInto(text, next))
                {
                    continued++;
                    // The re-opening mark of the next paragraph is part of the same quote, not a new one.
                    if (QuoteMarks.IsDouble(text[next]) && StartsParagraphQuote(text, next)) i = next;
                    continue;
                }
                spans.Add(Make(text, openDouble, -1, i, false));
                openDouble = -1;
                continue;
            }
            if (QuoteMarks.IsDouble(c))
            {
                if (openDouble < 0)
                {
                    if (LooksLikeStrayCloser(text, i)) continue;
                    openDouble = i;
                    continued = 0;
                    openSingle = -1;
                }
                else
                {
                    spans.Add(Make(text, openDouble, i, i, false));
                    openDouble = -1;
                }
                continue;
            }
            if (openDouble >= 0 || !QuoteMarks.IsSingle(c)) continue;
            if (openSingle < 0 && IsSingleOpener(text, i)) openSingle = i;
            else if (openSingle >= 0 && IsSingleCloser(text, i))
            {
                spans.Add(Make(text, openSingle, i, i, true));
                openSingle = -1;
            }
        }
        if (openDouble >= 0) spans.Add(Make(text, openDouble, -1, text.Length, false));
        return spans;
    }

    private static MarkedSpan Make(string text, int open, int close, int end, bool single)
    {
        var start = open + 1;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ',')) end--;
        return new MarkedSpan(open, close, start, end, single);
    }

    private static int SkipWhitespace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    /// <summary>The next paragraph re-opens the quote, or holds an odd number of double marks (it closes it).</summary>
    private static bool ContinuesInto(string text, int paragraphStart)
    {
        if (QuoteMarks.IsDouble(text[paragraphStart])) return StartsParagraphQuote(text, paragraphStart);
        var end = text.IndexOf('\n', paragraphStart);
        if (end < 0) end = text.Length;
        var marks = 0;
        foreach (var ch in text.AsSpan(paragraphStart, end - paragraphStart))
            if (QuoteMarks.IsDouble(ch)) marks++;
        return marks % 2 == 1;
    }

    private static bool StartsParagraphQuote(string text, int i) =>
        !QuoteMarks.IsCurlyCloser(text[i]) && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);

    /// <summary>A mark glued to the end of a word and followed by a space cannot open a quote: a stray closer.</summary>
    private static bool LooksLikeStrayCloser(string text, int i)
    {
        var before = i > 0 ? text[i - 1] : ' ';
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        if (QuoteMarks.IsCurlyCloser(text[i]) && text[i] != '»') return !char.IsLetterOrDigit(after);
        return char.IsLetterOrDigit(before) && (char.IsWhiteSpace(after) || after is '.' or ',' or ';');
    }

    private static bool IsSingleOpener(string text, int i)
    {
        if (text[i] is '’' or '›') return false;
        var before = i > 0 ? text[i - 1] : ' ';
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        return !char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after);
    }

    private static bool IsSingleCloser(string text, int i)
    {
        if (text[i] is '‘' or '‹') return false;
        var before = i > 0 ? text[i - 1] : ' ';
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        return !char.IsWhiteSpace(before) && !char.IsLetterOrDigit(after);
    }
}
