using Telisik.Ingest;

namespace Telisik.Cli;

/// <summary>Turns command-line paths (files, folders searched recursively, '-' for stdin) into reader results.</summary>
public static class InputFiles
{
    private static readonly HashSet<string> JsonlExtensions = new(StringComparer.OrdinalIgnoreCase) { ".jsonl", ".ndjson", ".json" };
    private static readonly HashSet<string> TextExtensions = new(StringComparer.OrdinalIgnoreCase) { ".txt", ".text" };

    /// <summary>Reads every input; a path that cannot be read becomes a rejection, never an abort.</summary>
    public static IEnumerable<ReadResult> Read(IEnumerable<string> paths, Func<Stream> openStdin)
    {
        foreach (var path in paths)
        {
            if (path == "-")
            {
                using var stdin = openStdin();
                foreach (var r in JsonlOrText(stdin, "stdin")) yield return r;
                continue;
            }
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                             .Where(f => JsonlExtensions.Contains(Path.GetExtension(f)) || TextExtensions.Contains(Path.GetExtension(f)))
                             .Order(StringComparer.Ordinal))
                    foreach (var r in ReadFile(file)) yield return r;
                continue;
            }
            if (!File.Exists(path))
            {
                yield return ReadResult.Reject(path, RejectionKind.Unreadable, "no such file or folder");
                continue;
            }
            foreach (var r in ReadFile(path)) yield return r;
        }
    }

    private static IEnumerable<ReadResult> ReadFile(string file)
    {
        Stream stream;
        try
        {
            stream = File.OpenRead(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [ReadResult.Reject(file, RejectionKind.Unreadable, $"cannot read the file: {e.Message}")];
        }
        return Guarded(stream, file);
    }

    private static IEnumerable<ReadResult> Guarded(Stream stream, string file)
    {
        using (stream)
        {
            var ext = Path.GetExtension(file);
            if (ext is ".html" or ".htm")
            {
                yield return ReadResult.Reject(file, RejectionKind.Unreadable, "HTML input is not supported yet; convert it to text or JSONL");
                yield break;
            }
            var results = JsonlExtensions.Contains(ext) ? JsonlReader.Read(stream, file) : [PlainTextReader.Read(stream, file)];
            foreach (var r in results) yield return r;
        }
    }

    /// <summary>Bytes of standard input sniffed to tell JSONL from a plain-text article.</summary>
    private const int SniffBytes = 4096;

    /// <summary>
    /// Standard input: JSONL when its first non-blank byte is '{', else one plain-text article. Only the first bytes
    /// are read ahead, so a JSONL stream of any length is read record by record.
    /// </summary>
    private static IEnumerable<ReadResult> JsonlOrText(Stream stdin, string name)
    {
        var head = new byte[SniffBytes];
        var n = 0;
        int r;
        while (n < head.Length && (r = stdin.Read(head, n, head.Length - n)) > 0) n += r;
        var first = head.Take(n).FirstOrDefault(b => b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF));
        var stream = new PrefixedStream(head, n, stdin);
        return first == (byte)'{' ? JsonlReader.Read(stream, name) : [PlainTextReader.Read(stream, name)];
    }
}
