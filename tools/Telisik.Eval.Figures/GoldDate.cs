using System.Text.Json.Serialization;

namespace Telisik.Eval.Figures;

/// <summary>A hand-annotated time expression: offsets into the record's text and its resolution.</summary>
internal sealed record GoldDate(
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("resolved")] string? Resolved,
    [property: JsonPropertyName("granularity")] string? Granularity = null);
