namespace Telisik.Ingest;

/// <summary>
/// Reads one article from a plain-text file: an optional URL on the first line, then the body (which may start with
/// a headline and an outlet dateline; the cleaner handles those).
/// </summary>
public static class PlainTextReader
{
    /// <summary>Reads the whole stream as one article.</summary>
    public static ReadResult Read(Stream stream, string source)
    {
        var bytes = ReadCapped(stream, IngestLimits.MaxArticleFileBytes, out var tooLarge);
        if (tooLarge)
            return ReadResult.Reject(source, RejectionKind.TooLarge,
                $"file is larger than {IngestLimits.MaxArticleFileBytes / (1024 * 1024)} MiB; a single article is far smaller (split it, or use JSONL)");
        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Text is null) return ReadResult.Reject(source, decoded.Problem!.Value, decoded.Reason!);
        var warnings = decoded.Encoding == "Windows-1252" ? new[] { "not valid UTF-8; decoded as Windows-1252" } : [];
        return ReadResult.Accept(new RawArticle
        {
            Text = decoded.Text,
            Url = FirstLineUrl(decoded.Text),
            Source = source,
            IsPlainTextFile = true,
        }, warnings);
    }

    /// <summary>The URL on the first non-blank line, when that line is nothing but a URL.</summary>
    public static string? FirstLineUrl(string text)
    {
        var span = text.AsSpan().TrimStart();
        var nl = span.IndexOfAny('\r', '\n');
        var line = (nl < 0 ? span : span[..nl]).Trim();
        if (line.Contains(' ')) return null;
        if (!line.StartsWith("http://", StringComparison.OrdinalIgnoreCase) &&
            !line.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) return null;
        return Uri.TryCreate(line.ToString(), UriKind.Absolute, out _) ? line.ToString() : null;
    }

    private static byte[] ReadCapped(Stream stream, int cap, out bool tooLarge)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + n > cap) { tooLarge = true; return []; }
            buffer.Write(chunk, 0, n);
        }
        tooLarge = false;
        return buffer.ToArray();
    }
}
