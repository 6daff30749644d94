using System.Text.Json;

namespace Telisik.Eval.Quotes;

/// <summary>One IndoSum record (only the fields the evaluation needs).</summary>
internal sealed record IndoSumRecord(string Id, string Outlet, string Text);

/// <summary>Reads shared/data/indosum/articles.jsonl.</summary>
internal static class IndoSum
{
    public static IEnumerable<IndoSumRecord> Read(string shared)
    {
        foreach (var line in File.ReadLines(Path.Combine(shared, "indosum", "articles.jsonl")))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var json = JsonDocument.Parse(line);
            var r = json.RootElement;
            yield return new IndoSumRecord(r.GetProperty("id").GetString()!, r.GetProperty("outlet").GetString() ?? "", r.GetProperty("text").GetString()!);
        }
    }
}
