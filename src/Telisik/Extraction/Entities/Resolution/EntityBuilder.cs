using Telisik.Extraction.Entities.Recognition;

namespace Telisik.Extraction.Entities.Resolution;

/// <summary>
/// Turns linked mentions into <see cref="Entity"/> records: the listed name if the gazetteer knows the entity,
/// else the fullest mention (a person's longest name, an organisation's spelled-out name over its acronym); the
/// type the gazetteer gives, else the vote of the mentions weighted by length.
/// </summary>
internal static class EntityBuilder
{
    public static List<Entity> Build(string text, List<MentionCandidate> mentions,
        Dictionary<MentionCandidate, (string Name, EntityType Type)?> canonical, MentionLinks links)
    {
        var groups = new Dictionary<MentionCandidate, List<MentionCandidate>>();
        var order = new List<MentionCandidate>();
        foreach (var m in mentions.OrderBy(m => m.Start))
        {
            var root = links.Root(m);
            if (!groups.TryGetValue(root, out var group))
            {
                groups[root] = group = [];
                order.Add(root);
            }
            group.Add(m);
        }
        var entities = new List<Entity>(order.Count);
        foreach (var root in order)
        {
            var group = groups[root];
            var listed = group.Select(m => canonical.GetValueOrDefault(m)).FirstOrDefault(c => c is not null);
            var type = listed?.Type ?? Vote(group);
            var name = listed?.Name ?? FullestName(text, group, type);
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { name };
            var aliases = new List<string>();
            var result = new List<Mention>(group.Count);
            foreach (var m in group)
            {
                var surface = text[m.Start..m.End];
                result.Add(new Mention(m.Start, m.End, surface));
                if (seen.Add(surface)) aliases.Add(surface);
            }
            entities.Add(new Entity(type, name, aliases, result));
        }
        return entities;
    }

    private static EntityType Vote(List<MentionCandidate> group)
    {
        Span<int> votes = stackalloc int[3];
        foreach (var m in group) votes[(int)m.Type] += m.IsTitle ? 0 : m.TokenCount + 1;
        var best = group[0].Type;
        for (var t = 0; t < 3; t++)
            if (votes[t] > votes[(int)best]) best = (EntityType)t;
        return best;
    }

    private static string FullestName(string text, List<MentionCandidate> group, EntityType type)
    {
        MentionCandidate? best = null;
        foreach (var m in group)
        {
            if (m.IsTitle) continue;
            if (best is null || Rank(text, m, type) > Rank(text, best, type)) best = m;
        }
        best ??= group[0];
        return text[best.Start..best.End];
    }

    // More tokens is fuller; a spelled-out name beats an acronym of the same token count.
    private static int Rank(string text, MentionCandidate m, EntityType type)
    {
        var acronym = text.AsSpan(m.Start, m.End - m.Start).IndexOfAnyInRange('a', 'z') < 0;
        return m.TokenCount * 2 + (acronym && type != EntityType.Person ? 0 : 1);
    }
}
