namespace Telisik.Extraction.Entities;

/// <summary>
/// Merges the entities of several articles (one story) into one <see cref="CanonicalEntity"/> per real-world
/// entity. Two entities of the same type merge when they share a name or alias; for people only full names
/// count (a bare surname or a title such as <c>Presiden</c> is no proof: two articles' <c>Kim</c> may be two men).
/// A person known in some article only by one word then joins the single full name that ends with it.
/// Pure and thread-safe.
/// </summary>
public sealed class EntityCanonicalizer
{
    /// <summary>
    /// Merges <paramref name="articles"/> (each article's entities). The result is ordered by mention count,
    /// most mentioned first, then by first appearance.
    /// </summary>
    public IReadOnlyList<CanonicalEntity> Merge(IReadOnlyList<IReadOnlyList<Entity>> articles)
    {
        var members = new List<(int Article, Entity Entity)>();
        for (var a = 0; a < articles.Count; a++)
            foreach (var e in articles[a]) members.Add((a, e));

        var parent = Enumerable.Range(0, members.Count).ToArray();
        int Root(int i) { while (parent[i] != i) i = parent[i] = parent[parent[i]]; return i; }
        void Union(int a, int b) { a = Root(a); b = Root(b); if (a != b) parent[Math.Max(a, b)] = Math.Min(a, b); }

        var byKey = new Dictionary<(EntityType, string), int>();
        for (var i = 0; i < members.Count; i++)
        {
            foreach (var key in Keys(members[i].Entity))
            {
                if (byKey.TryGetValue((members[i].Entity.Type, key), out var first)) Union(first, i);
                else byKey[(members[i].Entity.Type, key)] = i;
            }
        }
        AttachSurnames(members, Root, Union);

        var groups = new SortedDictionary<int, List<int>>();
        for (var i = 0; i < members.Count; i++)
        {
            if (!groups.TryGetValue(Root(i), out var g)) groups[Root(i)] = g = [];
            g.Add(i);
        }
        return groups.Values
            .Select(g => Canonical(g.Select(i => members[i]).ToList()))
            .Select((entity, order) => (entity, order))
            .OrderByDescending(x => x.entity.MentionCount).ThenBy(x => x.order)
            .Select(x => x.entity)
            .ToList();
    }

    private static IEnumerable<string> Keys(Entity e)
    {
        yield return Normalize(e.Name);
        foreach (var alias in e.Aliases)
        {
            if (e.Type == EntityType.Person && !SharesWord(alias, e.Name)) continue; // a title, not a name
            if (e.Type == EntityType.Person && WordCount(alias) < 2) continue;       // a surname, not proof
            yield return Normalize(alias);
        }
    }

    private static void AttachSurnames(List<(int Article, Entity Entity)> members, Func<int, int> root, Action<int, int> union)
    {
        for (var i = 0; i < members.Count; i++)
        {
            var e = members[i].Entity;
            if (e.Type != EntityType.Person || WordCount(e.Name) != 1) continue;
            var candidates = Enumerable.Range(0, members.Count)
                .Where(j => members[j].Entity.Type == EntityType.Person && WordCount(members[j].Entity.Name) > 1
                            && LastWord(members[j].Entity.Name).Equals(e.Name, StringComparison.OrdinalIgnoreCase))
                .Select(root).Distinct().ToList();
            if (candidates.Count == 1) union(candidates[0], i);
        }
    }

    private static CanonicalEntity Canonical(List<(int Article, Entity Entity)> group)
    {
        // The name most mentions go by; ties to the fuller name, then the first seen.
        var name = group
            .GroupBy(m => m.Entity.Name, StringComparer.OrdinalIgnoreCase)
            .Select((g, order) => (Name: g.First().Entity.Name, Count: g.Sum(m => m.Entity.Mentions.Count), order))
            .OrderByDescending(x => x.Count).ThenByDescending(x => x.Name.Length).ThenBy(x => x.order)
            .First().Name;
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { name };
        var aliases = new List<string>();
        foreach (var (_, e) in group)
            foreach (var s in e.Aliases.Prepend(e.Name))
                if (seen.Add(s)) aliases.Add(s);
        return new CanonicalEntity(
            group[0].Entity.Type,
            name,
            aliases,
            group.Sum(m => m.Entity.Mentions.Count),
            group.Select(m => m.Article).Distinct().Order().ToList());
    }

    private static string Normalize(string name) => string.Join(' ', Words(name)).ToLowerInvariant();

    private static string[] Words(string name) =>
        name.Split([' ', '\t', '\n', '-', '.'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static int WordCount(string name) => Words(name).Length;

    private static string LastWord(string name) => Words(name) is { Length: > 0 } w ? w[^1] : "";

    private static bool SharesWord(string a, string b) =>
        Words(a).Intersect(Words(b), StringComparer.OrdinalIgnoreCase).Any();
}
