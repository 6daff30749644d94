namespace Telisik.Tests;

/// <summary>The project's own sample articles, copied beside the test assembly.</summary>
internal static class Samples
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "samples");
    public static string Articles => Path.Combine(Root, "articles");
    public static string Jsonl => Path.Combine(Root, "articles.jsonl");
    public static string Bad => Path.Combine(Root, "bad");
    public static string File(string name) => Path.Combine(Articles, name);
}
