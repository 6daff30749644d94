using System.Text.Json.Serialization;

namespace Telisik.Eval.Figures;

/// <summary>One line of <c>eval/figures.gold.jsonl</c> or <c>eval/dates.gold.jsonl</c>: an IndoSum id and its spans.</summary>
internal sealed record GoldArticle<T>(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("items")] List<T> Items);
