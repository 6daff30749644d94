namespace Telisik.Extraction.Entities.Lexicons;

/// <summary>
/// One listed entity: its type and canonical name, and for a capital used as a metonym (<c>Pyongyang</c>,
/// <c>Moskow</c>) the country it stands for when it acts.
/// </summary>
public sealed record GazetteerEntry(EntityType Type, string Canonical, string? ActsFor = null);
