using System.Text.Json.Serialization;

namespace Telisik.Eval.Figures;

/// <summary>A hand-annotated figure: offsets into the record's text, value, optional upper bound and qualifier.</summary>
internal sealed record GoldFigure(
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("value")] double Value,
    [property: JsonPropertyName("valueMax")] double? ValueMax = null,
    [property: JsonPropertyName("approx")] string? Approx = null);
