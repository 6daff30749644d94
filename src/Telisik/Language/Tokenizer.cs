using System.Collections.Frozen;

namespace Telisik.Language;

/// <summary>
/// Splits text into tokens with offsets: words (with reduplications, inner apostrophes and initialisms like
/// U.S.), numbers as written in Indonesian and English (12.000, 1,5, 3.5), numeric dates (18/10, 27/3/2017),
/// times (10.30 next to pukul/WIB, 10:30), currencies (Rp, US$), URLs, e-mails, hashtags and mentions; every
/// other visible character is punctuation or a symbol. Each token is <c>text[Start..End]</c>, tokens are
/// ordered, never overlap and never hold white space. Thread-safe.
/// </summary>
public sealed partial class Tokenizer
{
    /// <summary>Longest token; a longer run (1 MB of one letter, a line of dots) is cut into pieces of this size.</summary>
    public const int MaxTokenLength = 256;

    /// <summary>Longest currency code looked up (IDR, USD, HK$).</summary>
    private const int MaxCurrencyCodeLength = 3;

    /// <summary>Most letter groups in one initialism (U.S.A. has three).</summary>
    private const int MaxInitialismSegments = 6;

    /// <summary>Top-level domains that join "KOMPAS.com" or "bps.go.id" into one token.</summary>
    private static readonly FrozenSet<string> DomainSuffixes =
        new[] { "com", "co", "id", "net", "org", "go", "ac", "or", "sch", "mil", "tv", "info", "news", "io", "my", "sg", "uk", "us", "gov", "edu", "int" }
            .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DomainLookup =
        DomainSuffixes.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly WordList _currencies;
    private readonly WordList _timeCues;

    /// <summary>A tokenizer with the built-in currency and time-cue lists.</summary>
    public Tokenizer() : this(LanguagePack.Currencies, LanguagePack.TimeCues) { }

    /// <summary>A tokenizer with the given currency codes (case-sensitive) and time cues.</summary>
    public Tokenizer(WordList currencies, WordList timeCues)
    {
        _currencies = currencies;
        _timeCues = timeCues;
    }

    /// <summary>Tokenizes <paramref name="text"/> into <paramref name="output"/> (appended).</summary>
    public void Tokenize(ReadOnlySpan<char> text, List<Token> output)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (CharClass.IsSkipped(c)) { i++; continue; }
            var (end, kind) = Scan(text, i, output);
            Emit(text, i, end, kind, output);
            i = end;
        }
    }

    /// <summary>Tokenizes <paramref name="text"/>.</summary>
    public Token[] Tokenize(ReadOnlySpan<char> text)
    {
        var list = new List<Token>(text.Length / 5 + 4);
        Tokenize(text, list);
        return list.ToArray();
    }

    /// <summary>The end and kind of the token starting at <paramref name="i"/>.</summary>
    private (int End, TokenKind Kind) Scan(ReadOnlySpan<char> text, int i, List<Token> output)
    {
        var c = text[i];
        if (CharClass.IsLetter(c))
        {
            if (c is 'h' or 'H' or 'w' or 'W')
            {
                var url = ScanUrl(text, i);
                if (url > i) return (url, TokenKind.Url);
            }
            if (MayBeEmail(text, i))
            {
                var email = ScanEmail(text, i);
                if (email > i) return (email, TokenKind.Email);
            }
            return ScanWord(text, i);
        }
        if (char.IsAsciiDigit(c) || (c >= 128 && char.IsDigit(c)))
        {
            if (MayBeEmail(text, i))
            {
                var email = ScanEmail(text, i);
                if (email > i) return (email, TokenKind.Email);
            }
            return ScanNumber(text, i, output);
        }
        switch (c)
        {
            case '#' or '@' when i + 1 < text.Length && (CharClass.IsWordChar(text[i + 1]) || text[i + 1] == '_'):
            {
                var j = i + 1;
                while (j < text.Length && (CharClass.IsWordChar(text[j]) || text[j] == '_')) j++;
                return (j, c == '#' ? TokenKind.Hashtag : TokenKind.Mention);
            }
            case '.':
            {
                // An ellipsis written as dots is one token.
                var j = i + 1;
                while (j < text.Length && text[j] == '.') j++;
                return (j, TokenKind.Punctuation);
            }
        }
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) return (i + 2, TokenKind.Symbol);
        if (char.IsSurrogate(c)) return (i + 1, TokenKind.Symbol);
        if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.CurrencySymbol) return (i + 1, TokenKind.Currency);
        return (i + 1, char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol);
    }

    /// <summary>A word from a letter: letters and digits joined by hyphens, inner apostrophes and domain dots.</summary>
    private (int End, TokenKind Kind) ScanWord(ReadOnlySpan<char> text, int i)
    {
        var j = RunEnd(text, i);
        var letters = LetterRunEnd(text, i);

        // Currency codes are short and capitalised (Rp, US$, IDR): only such words are looked up.
        if (letters - i <= MaxCurrencyCodeLength && char.IsUpper(text[i]))
        {
            // "US$", "S$": a short upper-case code glued to a dollar sign.
            if (letters == j && j < text.Length && text[j] == '$' && IsAllUpper(text[i..j])) return (j + 1, TokenKind.Currency);
            // "Rp5.000": the currency code stops before the amount.
            if (letters < j && char.IsAsciiDigit(text[letters]) && _currencies.Contains(text[i..letters])) return (letters, TokenKind.Currency);
            if (_currencies.Contains(text[i..j])) return (j, TokenKind.Currency);
        }

        var initialism = ScanInitialism(text, i, j);
        if (initialism > j) return (initialism, TokenKind.Word);

        while (j + 1 < text.Length)
        {
            var c = text[j];
            if (CharClass.IsHyphen(c) && CharClass.IsWordChar(text[j + 1])) { j = RunEnd(text, j + 1); continue; }
            if (CharClass.IsApostrophe(c) && CharClass.IsLetter(text[j + 1])) { j = RunEnd(text, j + 1); continue; }
            if (c == '.' && IsDomainSuffixAt(text, j + 1)) { j = RunEnd(text, j + 1); continue; }
            break;
        }
        return (j, TokenKind.Word);
    }

    /// <summary>
    /// "U.S.", "a.m.", "S.Pd.", "Ph.D.": segments of one to three letters, the first one or two, each followed by a
    /// period (the last period optional), at least two segments. Returns <paramref name="runEnd"/> when not one.
    /// </summary>
    private static int ScanInitialism(ReadOnlySpan<char> text, int start, int runEnd)
    {
        if (runEnd - start > 2 || LetterRunEnd(text, start) != runEnd) return runEnd;
        var pos = runEnd;
        var segments = 1;
        while (segments < MaxInitialismSegments && pos + 1 < text.Length && text[pos] == '.' && CharClass.IsLetter(text[pos + 1]))
        {
            var k = LetterRunEnd(text, pos + 1);
            if (k - (pos + 1) > 3 || (k < text.Length && CharClass.IsWordChar(text[k]))) return runEnd;
            pos = k;
            segments++;
        }
        if (segments < 2) return runEnd;
        if (pos < text.Length && text[pos] == '.') pos++;
        return pos;
    }

    /// <summary>Cheap pre-check: an '@' follows the run of address characters starting at <paramref name="i"/>.</summary>
    private static bool MayBeEmail(ReadOnlySpan<char> text, int i)
    {
        var j = i;
        while (j < text.Length && char.IsAsciiLetterOrDigit(text[j])) j++;
        return j < text.Length && text[j] is '@' or '.' or '_' or '%' or '+' or '-' && text[Math.Min(j, text.Length)..Math.Min(text.Length, j + MaxEmailLocalPart)].Contains('@');
    }

    private static bool IsDomainSuffixAt(ReadOnlySpan<char> text, int k)
    {
        var end = k;
        while (end < text.Length && char.IsAsciiLetterLower(text[end])) end++;
        if (end == k || (end < text.Length && CharClass.IsWordChar(text[end]))) return false;
        return DomainLookup.Contains(text[k..end]);
    }

    private static int RunEnd(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && CharClass.IsWordChar(text[i])) i++;
        return i;
    }

    private static int LetterRunEnd(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && CharClass.IsLetter(text[i])) i++;
        return i;
    }

    private static bool IsAllUpper(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (!char.IsAsciiLetterUpper(c)) return false;
        return s.Length > 0;
    }

    /// <summary>Appends a token, cutting runs longer than <see cref="MaxTokenLength"/> without splitting a surrogate pair.</summary>
    private static void Emit(ReadOnlySpan<char> text, int start, int end, TokenKind kind, List<Token> output)
    {
        while (end - start > MaxTokenLength)
        {
            var len = MaxTokenLength;
            if (char.IsHighSurrogate(text[start + len - 1])) len--;
            output.Add(new Token(start, len, kind));
            start += len;
        }
        output.Add(new Token(start, end - start, kind));
    }
}
