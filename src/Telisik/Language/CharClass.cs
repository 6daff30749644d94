using System.Globalization;

namespace Telisik.Language;

/// <summary>Character classes for tokenizing, with an ASCII fast path.</summary>
internal static class CharClass
{
    /// <summary>A letter, digit or combining mark: what words are made of.</summary>
    public static bool IsWordChar(char c)
    {
        if (c < 128) return char.IsAsciiLetterOrDigit(c);
        if (char.IsSurrogate(c)) return false;
        if (char.IsLetterOrDigit(c)) return true;
        var cat = CharUnicodeInfo.GetUnicodeCategory(c);
        return cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    /// <summary>A letter (not a surrogate half).</summary>
    public static bool IsLetter(char c) => c < 128 ? char.IsAsciiLetter(c) : !char.IsSurrogate(c) && char.IsLetter(c);

    /// <summary>White space, control and invisible format characters: never part of a token.</summary>
    public static bool IsSkipped(char c)
    {
        if (c < 128) return c <= ' ' || c == '\u007F';
        if (char.IsWhiteSpace(c) || char.IsControl(c)) return true;
        return c is '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u2060' or '\uFEFF' or '\u00AD';
    }

    /// <summary>Marks that end a sentence.</summary>
    public static bool IsTerminator(char c) => c is '.' or '!' or '?' or '\u2026';

    /// <summary>Marks that may close a sentence after its terminator: quotes and brackets.</summary>
    public static bool IsCloser(char c) => c is '"' or '\'' or '\u201D' or '\u2019' or '\u00BB' or '\u203A' or ')' or ']' or '}';

    /// <summary>A hyphen joining word parts (tentara-tentara).</summary>
    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    /// <summary>An apostrophe inside a word (Jum'at, don't).</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';
}
