using System.Text;

namespace Telisik.Ingest;

/// <summary>
/// Turns bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM, and Windows-1252 when the bytes are not valid
/// UTF-8 (older Indonesian sites still serve it). Rejects binary data.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Windows-1252 differs from Latin-1 only in 0x80-0x9F; the five undefined bytes map to their C1 controls.
    private static readonly char[] Cp1252High =
    [
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    ];

    /// <summary>The outcome of decoding: the text, or why there is none; and the encoding used.</summary>
    public readonly record struct Decoded(string? Text, string Encoding, RejectionKind? Problem, string? Reason);

    /// <summary>Decodes <paramref name="bytes"/>.</summary>
    public static Decoded Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0) return new(null, "", RejectionKind.Empty, "the file is empty");
        if (bytes.Length >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF))
        {
            var enc = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return Checked(enc.GetString(bytes[2..]), "UTF-16");
        }
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) bytes = bytes[3..];
        if (LooksBinary(bytes)) return new(null, "", RejectionKind.Binary, "not a text file (contains NUL or control bytes)");
        try
        {
            return Checked(StrictUtf8.GetString(bytes), "UTF-8");
        }
        catch (DecoderFallbackException)
        {
            return Checked(DecodeCp1252(bytes), "Windows-1252");
        }
    }

    private static Decoded Checked(string text, string encoding) =>
        string.IsNullOrWhiteSpace(text)
            ? new(null, encoding, RejectionKind.Empty, "the file contains only white space")
            : new(text, encoding, null, null);

    /// <summary>Decodes Windows-1252 bytes.</summary>
    public static string DecodeCp1252(ReadOnlySpan<byte> bytes)
    {
        return string.Create(bytes.Length, bytes.ToArray(), static (span, b) =>
        {
            for (var i = 0; i < b.Length; i++)
                span[i] = b[i] is >= 0x80 and <= 0x9F ? Cp1252High[b[i] - 0x80] : (char)b[i];
        });
    }

    /// <summary>True when the sample has NUL bytes or many control bytes (text has tabs and newlines only).</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        if (sample.Contains((byte)0)) return true;
        var controls = 0;
        foreach (var b in sample)
            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C) controls++;
        return controls > sample.Length / 20;
    }
}
