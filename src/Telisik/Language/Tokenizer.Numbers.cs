namespace Telisik.Language;

public sealed partial class Tokenizer
{
    private const int MaxEmailLocalPart = 64;
    private const int MaxEmailDomain = 255;

    /// <summary>
    /// A number, date or time from a digit. Separators join digit groups only when a digit follows, so the period
    /// that ends "tahun 2017." stays punctuation. Indonesian writes 12.000 for twelve thousand and 57,8 for a
    /// decimal; English the reverse; both stay one Number token and the figure stage reads them.
    /// </summary>
    private (int End, TokenKind Kind) ScanNumber(ReadOnlySpan<char> text, int i, List<Token> output)
    {
        var j = DigitRunEnd(text, i);
        int groups = 1, dots = 0, commas = 0, colons = 0, slashes = 0;
        var firstLen = j - i;
        var lastLen = firstLen;
        while (j + 1 < text.Length && text[j] is '.' or ',' or ':' or '/' && char.IsAsciiDigit(text[j + 1]))
        {
            switch (text[j]) { case '.': dots++; break; case ',': commas++; break; case ':': colons++; break; default: slashes++; break; }
            var k = DigitRunEnd(text, j + 1);
            lastLen = k - (j + 1);
            groups++;
            j = k;
        }

        // ISO date 2017-05-12.
        if (groups == 1 && firstLen == 4 && IsIsoDateTail(text, j)) return (j + 6, TokenKind.Date);

        // Digits glued to letters are a word: 5G, 1990-an, 2x.
        if (j < text.Length && (CharClass.IsLetter(text[j]) || (CharClass.IsHyphen(text[j]) && j + 1 < text.Length && CharClass.IsLetter(text[j + 1]))))
        {
            var (end, _) = ScanWordTail(text, j);
            return (end, TokenKind.Word);
        }

        var mixed = (dots > 0 ? 1 : 0) + (commas > 0 ? 1 : 0) + (colons > 0 ? 1 : 0) + (slashes > 0 ? 1 : 0);
        if (slashes > 0 && mixed == 1 && groups <= 3 && firstLen <= 4 && lastLen <= 4) return (j, TokenKind.Date);
        if (colons > 0 && mixed == 1 && groups <= 3 && firstLen <= 2 && lastLen == 2) return (j, TokenKind.Time);
        if (dots == 1 && mixed == 1 && groups == 2 && firstLen <= 2 && lastLen == 2 && IsClock(text, i, j)
            && (PreviousWordIsTimeCue(text, i, output) || NextWordIsTimeCue(text, j)))
            return (j, TokenKind.Time);
        return (j, TokenKind.Number);
    }

    private static (int End, TokenKind Kind) ScanWordTail(ReadOnlySpan<char> text, int j)
    {
        j = RunEnd(text, j);
        while (j + 1 < text.Length && CharClass.IsHyphen(text[j]) && CharClass.IsWordChar(text[j + 1])) j = RunEnd(text, j + 1);
        return (j, TokenKind.Word);
    }

    private static int DigitRunEnd(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || (text[i] >= 128 && char.IsDigit(text[i])))) i++;
        return i;
    }

    private static bool IsIsoDateTail(ReadOnlySpan<char> text, int j) =>
        j + 6 <= text.Length && text[j] == '-' && char.IsAsciiDigit(text[j + 1]) && char.IsAsciiDigit(text[j + 2])
        && text[j + 3] == '-' && char.IsAsciiDigit(text[j + 4]) && char.IsAsciiDigit(text[j + 5])
        && (j + 6 == text.Length || !CharClass.IsWordChar(text[j + 6]));

    /// <summary>"hh.mm" with hh ≤ 23 and mm ≤ 59.</summary>
    private static bool IsClock(ReadOnlySpan<char> text, int start, int end)
    {
        var dot = text[start..end].IndexOf('.');
        return int.TryParse(text[start..(start + dot)], out var h) && int.TryParse(text[(start + dot + 1)..end], out var m)
            && h <= 23 && m <= 59;
    }

    private bool PreviousWordIsTimeCue(ReadOnlySpan<char> text, int i, List<Token> output)
    {
        if (output.Count == 0) return false;
        var prev = output[^1];
        return prev.Kind == TokenKind.Word && !text[prev.End..i].Contains('\n') && _timeCues.Contains(prev.Of(text));
    }

    private bool NextWordIsTimeCue(ReadOnlySpan<char> text, int j)
    {
        while (j < text.Length && text[j] is ' ' or '\t' or '\u00A0') j++;
        var end = LetterRunEnd(text, j);
        return end > j && _timeCues.Contains(text[j..end]);
    }

    /// <summary>An http(s):// or www. address up to white space, without trailing punctuation or an unmatched ')'.</summary>
    private static int ScanUrl(ReadOnlySpan<char> text, int i)
    {
        var rest = text[i..];
        if (!(rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
              || (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && rest.Length > 4 && CharClass.IsWordChar(rest[4]))))
            return i;
        var j = i;
        int open = 0, close = 0;
        while (j < text.Length && !CharClass.IsSkipped(text[j]) && text[j] is not ('"' or '<' or '>' or '\u201C' or '\u201D'))
        {
            if (text[j] == '(') open++;
            else if (text[j] == ')') close++;
            j++;
        }
        while (j > i && (text[j - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '\u2019' || (text[j - 1] == ')' && close > open)))
        {
            if (text[j - 1] == ')') close--;
            j--;
        }
        return j - i > 8 ? j : i;
    }

    /// <summary>local@domain.tld; returns <paramref name="i"/> when the text at i is not an address.</summary>
    private static int ScanEmail(ReadOnlySpan<char> text, int i)
    {
        // Bounded (RFC 5321: 64 characters before the @, 255 after) so runs like "x.x.x.x..." stay linear.
        var j = i;
        var localEnd = Math.Min(text.Length, i + MaxEmailLocalPart);
        while (j < localEnd && (char.IsAsciiLetterOrDigit(text[j]) || text[j] is '.' or '_' or '%' or '+' or '-')) j++;
        if (j >= text.Length || text[j] != '@' || j == i || text[j - 1] == '.') return i;
        var k = j + 1;
        var domainEnd = Math.Min(text.Length, k + MaxEmailDomain);
        var labels = 0;
        var lastLabel = 0;
        while (true)
        {
            var s = k;
            while (k < domainEnd && (char.IsAsciiLetterOrDigit(text[k]) || text[k] == '-')) k++;
            if (k == s) return labels >= 2 && lastLabel >= 2 ? k - 1 : i;
            labels++;
            lastLabel = k - s;
            if (k + 1 < domainEnd && text[k] == '.' && char.IsAsciiLetterOrDigit(text[k + 1])) { k++; continue; }
            return labels >= 2 && lastLabel >= 2 ? k : i;
        }
    }
}
