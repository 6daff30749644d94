using Telisik.Ingest;

namespace Telisik.Tests;

/// <summary>The project's own sample articles, copied beside the test assembly.</summary>
internal static class Samples
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "samples");
    public static string Articles => Path.Combine(Root, "articles");
    public static string Jsonl => Path.Combine(Root, "articles.jsonl");
    public static string Bad => Path.Combine(Root, "bad");
    public static string File(string name) => Path.Combine(Articles, name);

    /// <summary>The plain-text samples in name order, read as the CLI reads them.</summary>
    public static IEnumerable<ReadResult> TextInputs() =>
        Directory.GetFiles(Articles, "*.txt").Order(StringComparer.Ordinal).Select(f => PlainTextReader.Read(System.IO.File.OpenRead(f), f));

    /// <summary>Every sample article: the plain-text files, then the JSONL records.</summary>
    public static IEnumerable<ReadResult> AllInputs() => TextInputs().Concat(JsonlReader.Read(System.IO.File.OpenRead(Jsonl), Jsonl));
}
