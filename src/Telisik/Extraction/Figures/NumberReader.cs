using System.Globalization;
using Telisik.Extraction.Scanning;

namespace Telisik.Extraction.Figures;

/// <summary>
/// Reads numbers as Indonesian and English news write them: digit groups (12.000, 1,5, 3,000, 1.5), a following
/// scale word (12 ribu, 1,5 juta, 1.5 million), spelled-out numbers (dua belas ribu, tiga ratus dua puluh lima,
/// twenty-five thousand) and vague quantities (puluhan, ribuan, thousands of). Pure.
/// </summary>
internal static class NumberReader
{
    /// <summary>Most digits read as one number; longer digit runs are identifiers, not figures.</summary>
    public const int MaxDigits = 18;

    /// <summary>
    /// Parses a digit group. <paramref name="decimalComma"/>: Indonesian writes 12.000 for twelve thousand and 1,5
    /// for one and a half; English the reverse. A lone separator followed by exactly three digits is a thousands
    /// separator in the language's own convention only, or when those digits are "000" (never a decimal fraction).
    /// </summary>
    public static double? ParseDigits(ReadOnlySpan<char> s, bool decimalComma)
    {
        if (s.Length == 0 || s.Length > MaxDigits + 6) return null;
        int dots = 0, commas = 0, lastSep = -1;
        for (var k = 0; k < s.Length; k++)
        {
            if (s[k] == '.') { dots++; lastSep = k; }
            else if (s[k] == ',') { commas++; lastSep = k; }
            else if (!char.IsAsciiDigit(s[k])) return null;
        }
        char? thousands, dec;
        if (dots == 0 && commas == 0) { thousands = null; dec = null; }
        else if (dots > 0 && commas > 0) { dec = s[lastSep]; thousands = dec == '.' ? ',' : '.'; }
        else
        {
            var sep = dots > 0 ? '.' : ',';
            var count = dots + commas;
            var after = s.Length - lastSep - 1;
            var native = decimalComma ? '.' : ',';
            if (count > 1) { thousands = sep; dec = null; }
            // "0.144": a group never starts with a zero, so a leading "0" makes the separator a decimal point.
            else if (sep == native && after == 3 && !(lastSep == 1 && s[0] == '0')) { thousands = sep; dec = null; }
            // "1,000 yen" in Indonesian text: nobody writes a decimal fraction ",000", so it groups thousands.
            else if (after == 3 && s[(lastSep + 1)..] is "000") { thousands = sep; dec = null; }
            else { dec = sep; thousands = null; }
        }
        Span<char> buf = stackalloc char[s.Length];
        var len = 0;
        var decimals = false;
        var group = -1;
        foreach (var c in s)
        {
            if (c == thousands)
            {
                if (decimals || group is >= 0 and not 3) return null;
                if (group == -1 && len == 0) return null;
                group = 0;
                continue;
            }
            if (c == dec)
            {
                if (decimals || (group is >= 0 and not 3)) return null;
                decimals = true;
                buf[len++] = '.';
                group = -2;
                continue;
            }
            buf[len++] = c;
            if (group >= 0) group++;
        }
        if (group >= 0 && group != 3) return null;
        return double.TryParse(buf[..len], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    /// <summary>Reads a number starting at word <paramref name="at"/>, or null.</summary>
    public static Quantity? Read(string text, ScanWord[] words, int at, FigureLexicon lex)
    {
        if (at >= words.Length) return null;
        var w = words[at];
        if (w.Kind == ScanKind.Digits)
        {
            var v = ParseDigits(w.Lower, lex.DecimalComma);
            if (v is null) return null;
            var j = at + 1;
            var scale = 1.0;
            while (j < words.Length && TryScale(text, words, j, lex, out var factor, out var teen, out var count) && !teen)
            {
                scale *= factor;
                j += count;
            }
            var total = v.Value * scale;
            var last = scale;
            // "Rp 2 juta 450 ribu", "2 miliar 500 juta": a smaller count of a smaller scale adds to the amount (whose
            // scale stays the first one's).
            while (last >= 1_000_000 && j + 1 < words.Length && words[j].Kind == ScanKind.Digits && !words[j].LineBefore
                && ParseDigits(words[j].Lower, lex.DecimalComma) is { } part && part is >= 1 and < 1000 && part == Math.Floor(part)
                && TryScale(text, words, j + 1, lex, out var smaller, out var teen2, out var c2) && !teen2 && smaller >= 1000 && smaller < last)
            {
                total += part * smaller;
                last = smaller;
                j += 1 + c2;
            }
            return new Quantity(at, j, total, scale, Spelled: false, Vague: false, Plain: scale == 1.0);
        }
        if (w.Kind != ScanKind.Letters) return null;
        if (lex.Vague.TryMatch(words, at, out var lower, out var vagueCount))
        {
            // "ratusan miliar": a scale word after a vague quantity multiplies it.
            var j = at + vagueCount;
            var scale = 1.0;
            while (j < words.Length && TryScale(text, words, j, lex, out var factor, out var teen, out var count) && !teen)
            {
                scale *= factor;
                j += count;
            }
            return new Quantity(at, j, lower * scale, scale, Spelled: true, Vague: true, Plain: false);
        }
        return ReadSpelled(text, words, at, lex);
    }

    // dua belas ribu = (2 + 10) × 1000; tiga ratus dua puluh lima = 3×100 + 2×10 + 5; twenty five thousand.
    private static Quantity? ReadSpelled(string text, ScanWord[] words, int at, FigureLexicon lex)
    {
        double total = 0, current = 0, last = 0;
        var j = at;
        var any = false;
        var maxScale = 1.0;
        while (j < words.Length && words[j].Kind is ScanKind.Letters or ScanKind.Symbol)
        {
            if (j > at && words[j].LineBefore) break;
            if (lex.NumberWords.TryMatch(words, j, out var v, out var count))
            {
                // "a" counts as one only before a scale word ("a million").
                if (v == 1 && words[j].Lower == "a" && !TryScale(text, words, j + 1, lex, out _, out _, out _)) break;
                if (v >= 1000) { total += v; current = 0; last = 0; maxScale = Math.Max(maxScale, v); }
                else if (v >= 100 && v % 100 == 0 && words[j].Lower.StartsWith("se", StringComparison.Ordinal)) { current += v; last = 0; }
                else { current += v; last = v; }
                any = true;
                j += count;
                continue;
            }
            if (any && TryScale(text, words, j, lex, out var factor, out var teen, out var sc))
            {
                if (teen) current += 10;
                else if (factor < 1000)
                {
                    if (lex.DecimalComma) { current += last * (factor - 1); }
                    else { current = (current == 0 ? 1 : current) * factor; }
                    last = 0;
                }
                else { total += (current == 0 ? 1 : current) * factor; current = 0; last = 0; maxScale = Math.Max(maxScale, factor); }
                j += sc;
                continue;
            }
            // English "two hundred and fifty", "twenty-five" (scanned as one word).
            if (any && words[j].Lower == "and" && j + 1 < words.Length && lex.NumberWords.TryMatch(words, j + 1, out _, out _)) { j++; continue; }
            if (!any && words[j].Kind == ScanKind.Letters && words[j].Lower.Contains('-') && TryHyphenated(words[j].Lower, lex, out var hv))
            {
                current += hv; last = 0; any = true; j++;
                continue;
            }
            break;
        }
        if (!any) return null;
        return new Quantity(at, j, total + current, maxScale, Spelled: true, Vague: false, Plain: false);
    }

    private static bool TryHyphenated(string word, FigureLexicon lex, out double value)
    {
        value = 0;
        foreach (var part in word.Split('-'))
        {
            var ws = TextScanner.Scan(part);
            if (ws.Length != 1 || !lex.NumberWords.TryMatch(ws, 0, out var v, out _)) return false;
            value += v;
        }
        return true;
    }

    /// <summary>True when a scale word (ribu, juta, million, or capital M/T) starts at <paramref name="at"/>.</summary>
    public static bool TryScale(string text, ScanWord[] words, int at, FigureLexicon lex, out double factor, out bool teen, out int count)
    {
        teen = false;
        count = 0;
        factor = 1;
        if (at >= words.Length || words[at].Kind != ScanKind.Letters) return false;
        if (lex.Scales.TryMatch(words, at, out var s, out count)) { (factor, teen) = s; return true; }
        var w = words[at];
        if (w.Length == 1 && lex.CapitalScales.TryGetValue(text.Substring(w.Start, 1), out factor)) { count = 1; return true; }
        return false;
    }
}
