using System.Text.Json.Serialization;

namespace Telisik.Eval.Figures;

/// <summary>One line of IndoSum's articles.jsonl (only the fields the evaluation reads).</summary>
internal sealed record IndoSumRecord(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("outlet")] string? Outlet,
    [property: JsonPropertyName("published")] DateTimeOffset? Published,
    [property: JsonPropertyName("text")] string Text);
