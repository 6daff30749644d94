using Telisik.Extraction.Entities.Lexicons;

namespace Telisik.Extraction.Entities.Recognition;

/// <summary>
/// A mention found in an article before aliases are resolved: tokens <c>[FirstToken, EndToken)</c>, characters
/// <c>[Start, End)</c>, its type, and the gazetteer entry it names, if listed.
/// </summary>
internal sealed class MentionCandidate(int firstToken, int endToken, int start, int end, EntityType type)
{
    public int FirstToken { get; } = firstToken;
    public int EndToken { get; } = endToken;
    public int Start { get; } = start;
    public int End { get; } = end;
    public EntityType Type { get; set; } = type;

    /// <summary>The gazetteer entry whose name or alias this mention is.</summary>
    public GazetteerEntry? Listed { get; set; }

    /// <summary>A title standing for a person named earlier ("Menhan" for Lloyd Austin): it does not name anyone itself.</summary>
    public bool IsTitle { get; init; }

    public int TokenCount => EndToken - FirstToken;

    public bool Overlaps(int firstToken, int endToken) => FirstToken < endToken && firstToken < EndToken;
}
