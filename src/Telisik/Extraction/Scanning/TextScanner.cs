namespace Telisik.Extraction.Scanning;

/// <summary>
/// Splits text into letters, digit groups and single symbols. The figure and date readers scan the text
/// themselves so they do not depend on how the tokenizer groups numbers ("12.000", "18/10", "10.30").
/// </summary>
internal static class TextScanner
{
    /// <summary>Longest text scanned; longer articles are read up to this many characters.</summary>
    public const int MaxChars = 1_000_000;

    /// <summary>Scans <paramref name="text"/> into pieces.</summary>
    public static ScanWord[] Scan(string text)
    {
        var words = new List<ScanWord>(text.Length / 5 + 4);
        var n = Math.Min(text.Length, MaxChars);
        var i = 0;
        var space = true;
        var line = true;
        while (i < n)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                if (c == '\n') line = true;
                i++;
                continue;
            }
            var start = i;
            ScanKind kind;
            if (char.IsDigit(c))
            {
                kind = ScanKind.Digits;
                i++;
                // Inner '.' or ',' joins digit groups: 12.000, 1,5 (never a trailing one: "12.000." ends a sentence).
                while (i < n && (char.IsDigit(text[i]) || ((text[i] == '.' || text[i] == ',') && i + 1 < n && char.IsDigit(text[i + 1]))))
                    i++;
            }
            else if (char.IsLetter(c))
            {
                kind = ScanKind.Letters;
                i++;
                while (i < n && (char.IsLetter(text[i]) || (IsJoiner(text[i]) && i + 1 < n && char.IsLetter(text[i + 1]))))
                    i++;
            }
            else
            {
                kind = ScanKind.Symbol;
                i++;
            }
            var lower = kind == ScanKind.Digits ? text[start..i] : text[start..i].ToLowerInvariant();
            words.Add(new ScanWord(start, i, kind, lower, space, line));
            space = false;
            line = false;
        }
        return words.ToArray();
    }

    /// <summary>Splits a data-file phrase the same way, giving the lower-cased pieces joined by single spaces.</summary>
    public static string Key(string phrase) => string.Join(' ', Scan(phrase).Select(w => w.Lower));

    private static bool IsJoiner(char c) => c is '-' or '\'' or '’';
}
