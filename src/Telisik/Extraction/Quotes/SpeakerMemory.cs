using Telisik.Extraction.Entities;

namespace Telisik.Extraction.Quotes;

/// <summary>
/// The people an article names, with roles and positions, so that <c>kata Kirby</c> resolves to the
/// <c>John Kirby</c> introduced earlier and a pronoun to the person last named as a subject. One instance per article.
/// </summary>
internal sealed class SpeakerMemory
{
    /// <summary>At most this many names are remembered (an article names far fewer; this bounds hostile input).</summary>
    public const int MaxEntries = 2_000;

    private readonly List<Entry> _entries = [];

    private sealed record Entry(string Name, string[] Words, string? Role, int Position, bool IsSubject);

    /// <summary>A person as remembered: name, role, and where the text last named them.</summary>
    public readonly record struct Person(string Name, string? Role, int Position);

    public static SpeakerMemory Build(string text, List<QuoteToken> tokens, SpeakerPhraseParser parser, QuoteLexicon lexicon, IReadOnlyList<Entity>? entities)
    {
        var memory = new SpeakerMemory();
        if (entities is not null)
            foreach (var e in entities)
                if (e.Type == EntityType.Person)
                    foreach (var m in e.Mentions) memory.Add(e.Name, null, m.Start, isSubject: false);
        for (var k = 0; k < tokens.Count; k++)
        {
            if (!tokens[k].IsCapitalised(text) || (k > 0 && tokens[k - 1].IsCapitalised(text))) continue;
            var phrase = parser.ParseForward(text, tokens, k, Math.Min(tokens.Count, k + 40));
            if (phrase?.Name is null) continue;
            // A one-word name counts only with a real title ("Menaker Hanif"), not after place words ("Jawa Barat Toyota").
            var firstRoleWord = phrase.Role?.Split(' ', 2)[0];
            var titled = firstRoleWord is not null && lexicon.RoleKind(firstRoleWord) is RoleWordKind.Title or RoleWordKind.Determiner;
            var subject = StartsClause(text, tokens, k, phrase.EndToken);
            // One-word names are kept only as subjects ("Xavi menegaskan …"), a last resort for pronouns.
            if (titled || Words(phrase.Name).Length >= 2 || subject && k + 1 < tokens.Count && phrase.EndToken == k + 1
                && tokens[k + 1].IsWord && !tokens[k + 1].IsCapitalised(text))
                memory.Add(phrase.Name, phrase.Role, phrase.NameStart, subject);
            k = Math.Max(k, phrase.EndToken - 1);
        }
        return memory;
    }

    /// <summary>
    /// A phrase at the start of a sentence or paragraph is likely the subject; after a comma or dash only when a
    /// lower-case word (a verb: "Austin mengatakan") follows it, not another list item ("Rofiah (8), dan …").
    /// </summary>
    private static bool StartsClause(string text, List<QuoteToken> tokens, int k, int end)
    {
        if (k == 0) return true;
        var before = tokens[k - 1];
        if (before.Kind is QuoteTokenKind.SentenceEnd || text.AsSpan(before.End, tokens[k].Start - before.End).Contains('\n')) return true;
        if (before.Kind is not (QuoteTokenKind.Comma or QuoteTokenKind.Dash or QuoteTokenKind.CloseParen)) return false;
        return end < tokens.Count && tokens[end].IsWord && !tokens[end].IsCapitalised(text) && tokens[end].Of(text) is not "dan";
    }

    public void Add(string name, string? role, int position, bool isSubject = true)
    {
        if (_entries.Count < MaxEntries) _entries.Add(new Entry(name, Words(name), role, position, isSubject));
    }

    /// <summary>
    /// The fullest name containing every word of <paramref name="name"/>: its first introduction before the position
    /// (articles introduce a person in full once), else the first after.
    /// </summary>
    public string Resolve(string name, int position)
    {
        var words = Words(name);
        Entry? before = null, after = null;
        foreach (var e in _entries)
        {
            if (e.Words.Length <= words.Length || !ContainsAll(e.Words, words)) continue;
            if (e.Position < position) { if (before is null || e.Position < before.Position) before = e; }
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

    /// <summary>
    /// The person named earlier with this role: the same role ("Menaker" → the "Menaker Hanif" introduced before), or
    /// a one-word role or abbreviation found as a word of theirs ("KSAD" → "Kepala Staf Angkatan Darat (KSAD) … Mulyono").
    /// </summary>
    public string? PersonWithRole(string role, int position)
    {
        var oneWord = !role.Contains(' ');
        foreach (var e in _entries)
        {
            if (e.Position >= position || e.Role is null) continue;
            if (e.Role.Equals(role, StringComparison.OrdinalIgnoreCase)) return e.Name;
            if (oneWord && e.Role.Split(' ', '(', ')').Contains(role, StringComparer.OrdinalIgnoreCase)) return e.Name;
        }
        return null;
    }

    /// <summary>
    /// The last person named as a subject before the position: two words or more, or with a role; a one-word subject
    /// ("Xavi") only when <paramref name="allowOneWord"/> (the last resort).
    /// </summary>
    public Person? LastPersonBefore(int position, bool allowOneWord = false)
    {
        Entry? best = null;
        foreach (var e in _entries)
            if (e.IsSubject && e.Position < position && (allowOneWord || e.Words.Length >= 2 || e.Role is not null) && (best is null || e.Position > best.Position))
                best = e;
        return best is null ? null : new Person(Resolve(best.Name, best.Position + 1), best.Role ?? RoleOf(best.Name, position), best.Position);
    }

    private static bool ContainsAll(string[] haystack, string[] needles)
    {
        foreach (var n in needles)
            if (!haystack.Contains(n, StringComparer.OrdinalIgnoreCase)) return false;
        return true;
    }

    private static string[] Words(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
