using Telisik.Extraction.Entities.Lexicons;
using Telisik.Extraction.Entities.Recognition;
using Telisik.Language;

namespace Telisik.Extraction.Entities.Resolution;

/// <summary>
/// Links a title used alone to the one person introduced with it: after <c>Juru Bicara Gedung Putih John Kirby</c>,
/// a later <c>Juru Bicara Gedung Putih</c> with no name after it is a mention of Kirby. A title given to two people
/// in the article links to neither.
/// </summary>
internal sealed class TitleLinker(EntityLexicon lexicon)
{
    public void Link(string text, Token[] tokens, List<MentionCandidate> mentions, MentionLinks links, bool cased)
    {
        var inMention = new bool[tokens.Length];
        var startsAt = new Dictionary<int, MentionCandidate>();
        foreach (var m in mentions)
        {
            for (var t = m.FirstToken; t < m.EndToken; t++) inMention[t] = true;
            startsAt.TryAdd(m.FirstToken, m);
        }

        // Title phrase (lower case) -> the people introduced with it.
        var holders = new Dictionary<string, HashSet<MentionCandidate>>(StringComparer.OrdinalIgnoreCase);
        var titleOccurrences = new List<(int First, int End, string Title)>();
        for (var i = 0; i < tokens.Length; i++)
        {
            if (inMention[i] || tokens[i].Kind != TokenKind.Word) continue;
            if (!lexicon.Titles.TryMatch(text, tokens, i, tokens.Length, cased, out var length, out _)) continue;
            var title = text[tokens[i].Start..tokens[i + length - 1].End];
            var named = NamedAfter(i + length, startsAt);
            if (named is not null && named.Type == EntityType.Person)
            {
                if (!holders.TryGetValue(title, out var list)) holders[title] = list = [];
                list.Add(links.Root(named));
            }
            else if (named is null)
                titleOccurrences.Add((i, i + length, title));
            i += length - 1;
        }

        foreach (var (first, end, title) in titleOccurrences)
        {
            if (!holders.TryGetValue(title, out var people) || people.Count != 1) continue;
            var person = people.First();
            if (person.Start > tokens[first].Start) continue; // a title before the introduction names nobody yet
            var mention = new MentionCandidate(first, end, tokens[first].Start, tokens[end - 1].End, EntityType.Person) { IsTitle = true };
            mentions.Add(mention);
            links.Union(person, mention);
        }
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    // The mention right after a title, looking past one organisation or place ("Menhan AS Lloyd Austin").
    private static MentionCandidate? NamedAfter(int token, Dictionary<int, MentionCandidate> startsAt)
    {
        if (!startsAt.TryGetValue(token, out var next)) return null;
        if (next.Type != EntityType.Person && startsAt.TryGetValue(next.EndToken, out var after) && after.Type == EntityType.Person)
            return after;
        return next;
    }
}
