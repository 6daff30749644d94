using Telisik.Documents;

namespace Telisik.Extraction.Entities;

/// <summary>One real-world entity within an article: its canonical name, the other names used for it, and every mention.</summary>
public sealed record Entity(EntityType Type, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<Mention> Mentions);

/// <summary>One mention of an entity: <c>text[Start..End] == Text</c>.</summary>
public sealed record Mention(int Start, int End, string Text);
