using System.Buffers;
using System.Globalization;
using System.Text;

namespace Telisik.Language;

/// <summary>
/// The matching form of a word or name: case-folded, diacritics removed, typographic apostrophes made plain
/// ("Korea Utara" equals "korea utara", "Jum’at" equals "jum'at", "café" equals "cafe"). ASCII text takes a
/// fast path that never decomposes.
/// </summary>
public static class TextNormalizer
{
    private static readonly SearchValues<char> AsciiUpper = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /// <summary>Case-folds and strips diacritics.</summary>
    public static string Normalize(ReadOnlySpan<char> s)
    {
        if (Ascii.IsValid(s))
        {
            if (!s.ContainsAny(AsciiUpper)) return new string(s);
            return string.Create(s.Length, s, static (dest, src) => Ascii.ToLower(src, dest, out _));
        }
        return NormalizeSlow(s);
    }

    /// <summary>
    /// Writes the matching form of <paramref name="s"/> into <paramref name="destination"/> and returns its length,
    /// or -1 when it does not fit. Allocates nothing for ASCII input.
    /// </summary>
    public static int Normalize(ReadOnlySpan<char> s, Span<char> destination)
    {
        if (Ascii.IsValid(s))
        {
            if (s.Length > destination.Length) return -1;
            Ascii.ToLower(s, destination, out var written);
            return written;
        }
        var slow = NormalizeSlow(s);
        if (slow.Length > destination.Length) return -1;
        slow.CopyTo(destination);
        return slow.Length;
    }

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> have the same matching form.</summary>
    public static bool Equal(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (Ascii.IsValid(a) && Ascii.IsValid(b)) return Ascii.EqualsIgnoreCase(a, b);
        return NormalizeSlow(a) == NormalizeSlow(b);
    }

    private static string NormalizeSlow(ReadOnlySpan<char> s)
    {
        string decomposed;
        try { decomposed = s.ToString().Normalize(NormalizationForm.FormD); }
        catch (ArgumentException) { decomposed = s.ToString(); } // lone surrogates cannot be normalised
        var sb = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) continue;
            sb.Append(ch switch
            {
                '\u2019' or '\u2018' or '\u02BC' or '`' => '\'',
                _ => char.ToLowerInvariant(ch),
            });
        }
        var folded = sb.ToString();
        try { return folded.Normalize(NormalizationForm.FormC); }
        catch (ArgumentException) { return folded; }
    }
}
