using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Telisik.Ingest;

/// <summary>
/// Reads JSONL article records <c>{id, outlet, url, published, title?, text}</c>, one per line. A bad line yields a
/// rejection naming the line; the rest of the file is still read.
/// </summary>
public static class JsonlReader
{
    /// <summary>Fields a record may carry besides the article's own; reported once per file when others appear.</summary>
    private static readonly HashSet<string> KnownFields = ["id", "outlet", "url", "published", "title", "text"];

    /// <summary>Reads every line of <paramref name="stream"/>. Unknown fields are ignored and listed in a warning.</summary>
    public static IEnumerable<ReadResult> Read(Stream stream, string source)
    {
        var lineNo = 0;
        foreach (var (bytes, tooLong) in ReadLines(stream, IngestLimits.MaxJsonlLineBytes))
        {
            lineNo++;
            var where = $"{source}:{lineNo}";
            if (tooLong)
            {
                yield return ReadResult.Reject(where, RejectionKind.TooLarge, $"line {lineNo} is longer than {IngestLimits.MaxJsonlLineBytes / (1024 * 1024)} MiB");
                continue;
            }
            if (IsBlank(bytes)) continue;
            yield return ParseRecord(bytes, where, lineNo);
        }
    }

    /// <summary>Parses one JSONL line.</summary>
    public static ReadResult ParseRecord(ReadOnlySpan<byte> line, string where, int lineNo)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(line.ToArray(), new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            return ReadResult.Reject(where, RejectionKind.MalformedJson, $"not valid JSON ({FirstSentence(e.Message)})");
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return ReadResult.Reject(where, RejectionKind.MalformedJson, $"expected a JSON object, found {root.ValueKind}");
            var warnings = new List<string>();
            var text = Str(root, "text");
            if (string.IsNullOrWhiteSpace(text))
                return ReadResult.Reject(where, root.TryGetProperty("text", out _) ? RejectionKind.Empty : RejectionKind.MissingText,
                    $"record has no {(root.TryGetProperty("text", out _) ? "non-empty " : "")}\"text\" field");
            DateTimeOffset? published = null;
            var pub = Str(root, "published");
            if (!string.IsNullOrWhiteSpace(pub))
            {
                if (DateTimeOffset.TryParse(pub, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var p)) published = p;
                else warnings.Add($"\"published\" value '{Truncate(pub, 40)}' is not a date; stored without one");
            }
            var unknown = root.EnumerateObject().Select(p => p.Name).Where(n => !KnownFields.Contains(n)).ToList();
            if (unknown.Count > 0) warnings.Add($"ignored unknown field(s): {string.Join(", ", unknown)}");
            return ReadResult.Accept(new RawArticle
            {
                Id = Str(root, "id") is { Length: > 0 } id ? id.Trim() : null,
                Outlet = NullIfBlank(Str(root, "outlet")),
                Url = NullIfBlank(Str(root, "url")),
                Title = NullIfBlank(Str(root, "title")),
                Published = published,
                Text = text,
                Source = where,
            }, warnings);
        }
    }

    private static string? Str(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var v)) return null;
        return v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        };
    }

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string Truncate(string s, int n) => s.Length <= n ? s : s[..n] + "…";

    private static string FirstSentence(string message)
    {
        var i = message.IndexOf(". ", StringComparison.Ordinal);
        return i > 0 ? message[..i] : message.TrimEnd('.');
    }

    private static bool IsBlank(ReadOnlySpan<byte> line)
    {
        foreach (var b in line) if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r')) return false;
        return true;
    }

    /// <summary>Splits a byte stream into lines without ever buffering more than <paramref name="cap"/> bytes of one line.</summary>
    private static IEnumerable<(byte[] Line, bool TooLong)> ReadLines(Stream stream, int cap)
    {
        var chunk = new byte[65536];
        var line = new MemoryStream();
        var tooLong = false;
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            var start = 0;
            for (var i = 0; i < n; i++)
            {
                if (chunk[i] != (byte)'\n') continue;
                Append(chunk.AsSpan(start, i - start));
                yield return (tooLong ? [] : line.ToArray(), tooLong);
                line.SetLength(0);
                tooLong = false;
                start = i + 1;
            }
            Append(chunk.AsSpan(start, n - start));
        }
        if (line.Length > 0 || tooLong) yield return (tooLong ? [] : line.ToArray(), tooLong);

        void Append(ReadOnlySpan<byte> part)
        {
            if (tooLong) return;
            if (line.Length + part.Length > cap) { tooLong = true; line.SetLength(0); return; }
            line.Write(part);
        }
    }
}
