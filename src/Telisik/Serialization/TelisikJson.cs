using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Telisik.Serialization;

/// <summary>The product's JSON conventions: camelCase names, enums as snake_case strings ("at_least"), readable Unicode.</summary>
public static class TelisikJson
{
    /// <summary>Options for output and storage (compact).</summary>
    public static readonly JsonSerializerOptions Compact = Create(indented: false);

    /// <summary>Options for output (indented).</summary>
    public static readonly JsonSerializerOptions Indented = Create(indented: true);

    private static JsonSerializerOptions Create(bool indented)
    {
        var o = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = indented,
            // Article text is Indonesian prose: keep letters and quote marks readable; still safe for JSON.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        };
        o.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        o.MakeReadOnly(populateMissingResolver: true);
        return o;
    }
}
