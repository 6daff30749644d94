using System.Buffers;
using System.Text;

namespace Telisik.Language;

/// <summary>
/// The matching form of a word or name: case-folded, diacritics removed, typographic apostrophes made plain
/// ("Korea Utara" equals "korea utara", "Jum’at" equals "jum'at", "Société" equals "societe"). One pass over the
/// characters with table look-ups; ASCII takes a vectorised fast path. The form is never longer than the input.
/// </summary>
public static partial class TextNormalizer
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
        var rented = s.Length <= 256 ? null : ArrayPool<char>.Shared.Rent(s.Length);
        try
        {
            Span<char> buffer = rented ?? stackalloc char[256];
            var n = Fold(s, buffer);
            return new string(buffer[..n]);
        }
        finally
        {
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Writes the matching form of <paramref name="s"/> into <paramref name="destination"/> and returns its length,
    /// or -1 when it does not fit. Allocates nothing.
    /// </summary>
    public static int Normalize(ReadOnlySpan<char> s, Span<char> destination)
    {
        if (s.Length > destination.Length) return -1;
        if (Ascii.IsValid(s))
        {
            Ascii.ToLower(s, destination, out var written);
            return written;
        }
        return Fold(s, destination);
    }

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> have the same matching form.</summary>
    public static bool Equal(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (Ascii.IsValid(a) && Ascii.IsValid(b)) return Ascii.EqualsIgnoreCase(a, b);
        return Normalize(a) == Normalize(b);
    }

    private static int Fold(ReadOnlySpan<char> s, Span<char> destination)
    {
        var n = 0;
        foreach (var c in s)
        {
            if (c < 0x80) { destination[n++] = char.ToLowerInvariant(c); continue; }
            if (IsCombiningMark(c)) continue;
            destination[n++] = c switch
            {
                >= '\u00C0' and <= '\u024F' => LatinFold[c - 0xC0],
                >= '\u1E00' and <= '\u1EFF' => LatinExtendedAdditionalFold[c - 0x1E00],
                '\u2019' or '\u2018' or '\u02BC' => '\'',
                _ when char.IsSurrogate(c) => c,
                _ => char.ToLowerInvariant(c),
            };
        }
        return n;
    }

    private static bool IsCombiningMark(char c) =>
        c is (>= '\u0300' and <= '\u036F') or (>= '\u1AB0' and <= '\u1AFF') or (>= '\u1DC0' and <= '\u1DFF')
            or (>= '\u20D0' and <= '\u20FF') or (>= '\uFE20' and <= '\uFE2F');
}
