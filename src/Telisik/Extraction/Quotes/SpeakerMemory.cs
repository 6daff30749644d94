using Telisik.Extraction.Entities;

namespace Telisik.Extraction.Quotes;

/// <summary>
/// The people an article names, with roles and positions, so that <c>kata Kirby</c> resolves to the
/// <c>John Kirby</c> introduced earlier and a pronoun to the last person named. One instance per article.
/// </summary>
internal sealed class SpeakerMemory
{
    /// <summary>At most this many names are remembered (an article names far fewer; this bounds hostile input).</summary>
    public const int MaxEntries = 2_000;

    private readonly List<Entry> _entries = [];

    private sealed record Entry(string Name, string[] Words, string? Role, int Position);

    public static SpeakerMemory Build(string text, List<QuoteToken> tokens, SpeakerPhraseParser parser, IReadOnlyList<Entity>? entities)
    {
        var memory = new SpeakerMemory();
        if (entities is not null)
            foreach (var e in entities)
                if (e.Type == EntityType.Person)
                    foreach (var m in e.Mentions) memory.Add(e.Name, null, m.Start);
        for (var k = 0; k < tokens.Count; k++)
        {
            if (!tokens[k].IsCapitalised(text) || (k > 0 && tokens[k - 1].IsCapitalised(text))) continue;
            var phrase = parser.ParseForward(text, tokens, k, Math.Min(tokens.Count, k + 40));
            if (phrase?.Name is null) continue;
            if (phrase.Role is not null || Words(phrase.Name).Length >= 2) memory.Add(phrase.Name, phrase.Role, phrase.NameStart);
            k = Math.Max(k, phrase.EndToken - 1);
        }
        return memory;
    }

    public void Add(string name, string? role, int position)
    {
        if (_entries.Count < MaxEntries) _entries.Add(new Entry(name, Words(name), role, position));
    }

    /// <summary>The fullest name containing every word of <paramref name="name"/>: the latest before the position, else the first after.</summary>
    public string Resolve(string name, int position)
    {
        var words = Words(name);
        Entry? before = null, after = null;
        foreach (var e in _entries)
        {
            if (e.Words.Length <= words.Length || !ContainsAll(e.Words, words)) continue;
            if (e.Position < position) { if (before is null || e.Position >= before.Position) before = e; }
            else if (after is null || e.Position < after.Position) after = e;
        }
        return (before ?? after)?.Name ?? name;
    }

    /// <summary>The role given to this name anywhere in the article, the latest before the position first.</summary>
    public string? RoleOf(string name, int position)
    {
        string? role = null;
        foreach (var e in _entries)
        {
            if (e.Role is null || !e.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) continue;
            if (e.Position < position || role is null) role = e.Role;
        }
        return role;
    }

    /// <summary>The last person named before the position (a name of two words or more), with its role.</summary>
    public (string Name, string? Role)? LastPersonBefore(int position)
    {
        Entry? best = null;
        foreach (var e in _entries)
            if (e.Position < position && e.Words.Length >= 2 && (best is null || e.Position > best.Position)) best = e;
        return best is null ? null : (best.Name, best.Role ?? RoleOf(best.Name, position));
    }

    private static bool ContainsAll(string[] haystack, string[] needles)
    {
        foreach (var n in needles)
            if (!haystack.Contains(n, StringComparer.OrdinalIgnoreCase)) return false;
        return true;
    }

    private static string[] Words(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
