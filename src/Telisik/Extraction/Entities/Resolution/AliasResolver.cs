using Telisik.Extraction.Entities.Lexicons;
using Telisik.Extraction.Entities.Recognition;
using Telisik.Language;

namespace Telisik.Extraction.Entities.Resolution;

/// <summary>
/// Groups one article's mentions into entities. Mentions join when: a name is followed by another in parentheses
/// (<c>Korea Utara (Korut)</c>, <c>Badan Intelijen Nasional (NIS)</c>); the gazetteer lists both under one name
/// (a capital acting as its country, <c>Pyongyang membantah</c>, joins the country, but <c>di Pyongyang</c> stays a
/// city); an acronym spells a longer name's initials; a shorter person mention repeats part of a full name
/// (<c>Kirby</c> after <c>John Kirby</c>); a title used alone repeats the title a single person was introduced with
/// (<c>Menhan</c> after <c>Menhan AS Lloyd Austin</c>); or two mentions read the same. Thread-safe.
/// </summary>
internal sealed class AliasResolver(EntityLexicon lexicon)
{
    /// <summary>Longest parenthetical read as an alias.</summary>
    public const int MaxParentheticalTokens = 6;

    /// <summary>Distinct full person names a partial name is compared with.</summary>
    public const int MaxDistinctPeople = 512;

    public List<Entity> Resolve(string text, Token[] tokens, List<MentionCandidate> found, bool cased)
    {
        var links = new MentionLinks();
        var mentions = new List<MentionCandidate>(found);
        LinkParentheticals(text, tokens, mentions, links, cased);
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        var canonical = new Dictionary<MentionCandidate, (string Name, EntityType Type)?>();
        foreach (var m in mentions) canonical[m] = Canonical(text, tokens, m);
        LinkSameName(text, mentions, canonical, links);
        LinkAcronyms(text, tokens, mentions, canonical, links);
        FindSurnames(text, tokens, mentions, canonical, links, cased);
        LinkPartialNames(text, tokens, mentions, links);
        new TitleLinker(lexicon).Link(text, tokens, mentions, links, cased);
        foreach (var m in mentions.Where(m => !canonical.ContainsKey(m))) canonical[m] = null;
        return EntityBuilder.Build(text, mentions, canonical, links);
    }

    private void LinkParentheticals(string text, Token[] tokens, List<MentionCandidate> mentions, MentionLinks links, bool cased)
    {
        // Mentions never overlap, so each token has at most one owner.
        var owner = new MentionCandidate?[tokens.Length];
        foreach (var m in mentions)
            for (var t = m.FirstToken; t < m.EndToken; t++) owner[t] = m;
        var count = mentions.Count;
        for (var k = 0; k < count; k++)
        {
            var m = mentions[k];
            var open = m.EndToken;
            if (open >= tokens.Length || !IsChar(text, tokens[open], '(')) continue;
            var close = open + 1;
            while (close < tokens.Length && close - open - 1 <= MaxParentheticalTokens && !IsChar(text, tokens[close], ')')) close++;
            if (close >= tokens.Length || close == open + 1 || close - open - 1 > MaxParentheticalTokens) continue;
            if (close == open + 2 && ExtendToAcronym(text, tokens, m, tokens[open + 1]) is { } extended
                && Unowned(owner, extended.FirstToken, m.FirstToken))
            {
                for (var t = extended.FirstToken; t < extended.EndToken; t++) owner[t] = extended;
                mentions[k] = m = extended;
            }
            var inner = owner[open + 1] is { } o && o.FirstToken == open + 1 && o.EndToken == close ? o : null;
            if (inner is null)
            {
                if (!Unowned(owner, open + 1, close)) continue;
                // Only a name-like parenthetical is an alias: "(Korut)", "(NIS)"; not "(18/10)" or "(kiri)".
                var firstWord = tokens[open + 1];
                if (firstWord.Kind != TokenKind.Word || (cased && !char.IsUpper(text[firstWord.Start]))) continue;
                if (!lexicon.TryGetEntry(text[firstWord.Start..tokens[close - 1].End], out _) && close - open - 1 > 3) continue;
                inner = new MentionCandidate(open + 1, close, firstWord.Start, tokens[close - 1].End, m.Type);
                for (var t = open + 1; t < close; t++) owner[t] = inner;
                mentions.Add(inner);
            }
            links.Union(m, inner);
        }
    }

    private static bool Unowned(MentionCandidate?[] owner, int from, int to)
    {
        for (var t = from; t < to; t++)
            if (owner[t] is not null) return false;
        return true;
    }

    // "Lembaga Penjamin Simpanan (LPS)" tagged as "Penjamin Simpanan": the acronym's spare initials take back the
    // capitalised words before the name.
    private MentionCandidate? ExtendToAcronym(string text, Token[] tokens, MentionCandidate m, Token acronymToken)
    {
        var acronym = acronymToken.Of(text);
        if (acronym.Length is < 2 or > 8 || !IsAllCaps(acronym)) return null;
        var initials = Initials(text, tokens, m);
        if (initials.Length == 0 || initials.Length >= acronym.Length || !acronym.EndsWith(initials, StringComparison.Ordinal)) return null;
        var first = m.FirstToken;
        for (var j = acronym.Length - initials.Length - 1; j >= 0; j--)
        {
            if (first == 0 || tokens[first - 1].Kind != TokenKind.Word || text[tokens[first - 1].Start] != acronym[j]) return null;
            first--;
        }
        var type = lexicon.HeadType(tokens[first].Of(text)) ?? m.Type;
        return new MentionCandidate(first, m.EndToken, tokens[first].Start, m.End, type) { Listed = m.Listed };
    }

    private (string Name, EntityType Type)? Canonical(string text, Token[] tokens, MentionCandidate m)
    {
        if (m.IsTitle) return null;
        var entry = m.Listed;
        if (entry is null && lexicon.TryGetEntry(text[m.Start..m.End], out var found)) entry = found;
        if (entry is null) return null;
        if (entry.ActsFor is { } country && !AfterLocative(text, tokens, m)) return (country, EntityType.Place);
        return (entry.Canonical, entry.Type);
    }

    private bool AfterLocative(string text, Token[] tokens, MentionCandidate m)
    {
        var previous = m.FirstToken - 1;
        return previous >= 0 && tokens[previous].Kind == TokenKind.Word
            && lexicon.Locatives.Contains(tokens[previous].Of(text).ToString().ToLowerInvariant());
    }

    private static void LinkSameName(string text, List<MentionCandidate> mentions,
        Dictionary<MentionCandidate, (string Name, EntityType Type)?> canonical, MentionLinks links)
    {
        var firstByKey = new Dictionary<string, MentionCandidate>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in mentions)
        {
            var key = canonical[m] is { } c ? "listed:" + c.Name : $"{m.Type}:{text[m.Start..m.End]}";
            if (firstByKey.TryGetValue(key, out var first)) links.Union(first, m);
            else firstByKey[key] = m;
        }
    }

    private static void LinkAcronyms(string text, Token[] tokens, List<MentionCandidate> mentions,
        Dictionary<MentionCandidate, (string Name, EntityType Type)?> canonical, MentionLinks links)
    {
        var byInitials = new Dictionary<string, MentionCandidate>(StringComparer.Ordinal);
        foreach (var full in mentions)
            if (full.TokenCount >= 2 && full.Type != EntityType.Person)
                byInitials.TryAdd(Initials(text, tokens, full), full);
        foreach (var acronym in mentions)
        {
            if (acronym.TokenCount != 1 || canonical[acronym] is not null) continue;
            var word = text.Substring(acronym.Start, acronym.End - acronym.Start);
            if (word.Length is < 2 or > 8 || !IsAllCaps(word)) continue;
            if (byInitials.TryGetValue(word, out var full)) links.Union(full, acronym);
        }
    }

    // After "John Kirby", a capitalised "Kirby" the tagger left alone (it opens a sentence, or the text is English)
    // is still him.
    private static void FindSurnames(string text, Token[] tokens, List<MentionCandidate> mentions,
        Dictionary<MentionCandidate, (string Name, EntityType Type)?> canonical, MentionLinks links, bool cased)
    {
        var inMention = new bool[tokens.Length];
        foreach (var m in mentions)
            for (var t = m.FirstToken; t < m.EndToken; t++) inMention[t] = true;
        // Surname -> the first full name ending with it (later namesakes defer to the first).
        var bySurname = new Dictionary<string, MentionCandidate>(cased ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);
        foreach (var person in mentions)
        {
            if (person.Type != EntityType.Person || person.TokenCount < 2 || person.IsTitle) continue;
            var surname = tokens[person.EndToken - 1];
            if (surname.Kind == TokenKind.Word && surname.Length >= 3) bySurname.TryAdd(surname.Of(text).ToString(), person);
        }
        if (bySurname.Count == 0) return;
        var lookup = bySurname.GetAlternateLookup<ReadOnlySpan<char>>();
        var added = new List<MentionCandidate>();
        for (var t = 0; t < tokens.Length; t++)
        {
            if (inMention[t] || tokens[t].Kind != TokenKind.Word) continue;
            if (!lookup.TryGetValue(tokens[t].Of(text), out var person) || person.EndToken > t) continue;
            var mention = new MentionCandidate(t, t + 1, tokens[t].Start, tokens[t].End, EntityType.Person);
            added.Add(mention);
            canonical[mention] = null;
            links.Union(person, mention);
        }
        mentions.AddRange(added);
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    private static void LinkPartialNames(string text, Token[] tokens, List<MentionCandidate> mentions, MentionLinks links)
    {
        // One representative per distinct full name (repeats are already linked by LinkSameName), capped so a
        // hostile text of endless distinct names stays linear.
        var people = mentions.Where(m => m.Type == EntityType.Person && m.TokenCount > 1 && !m.IsTitle)
            .DistinctBy(m => text[m.Start..m.End], StringComparer.OrdinalIgnoreCase)
            .Take(MaxDistinctPeople).ToList();
        foreach (var part in mentions)
        {
            if (part.IsTitle || (part.Type != EntityType.Person && part.TokenCount != 1)) continue;
            MentionCandidate? best = null;
            foreach (var full in people)
            {
                if (full.TokenCount <= part.TokenCount || !ContainsTokens(text, tokens, full, part)) continue;
                if (best is null || Distance(full, part) < Distance(best, part)) best = full;
            }
            // A lone token of another type joins only when it is the person's surname (the tagger's slip, not a namesake).
            if (best is not null && (part.Type == EntityType.Person || EndsWith(text, tokens, best, part))) links.Union(best, part);
        }
    }

    // The nearest full name before the short one ranks first; a full name after it only when none came before.
    private static long Distance(MentionCandidate full, MentionCandidate part) =>
        full.Start < part.Start ? part.Start - full.Start : int.MaxValue + (long)(full.Start - part.Start);

    private static bool ContainsTokens(string text, Token[] tokens, MentionCandidate full, MentionCandidate part)
    {
        for (var s = full.FirstToken; s + part.TokenCount <= full.EndToken; s++)
        {
            var all = true;
            for (var k = 0; k < part.TokenCount && all; k++)
                all = tokens[s + k].Of(text).Equals(tokens[part.FirstToken + k].Of(text), StringComparison.OrdinalIgnoreCase);
            if (all) return true;
        }
        return false;
    }

    private static bool EndsWith(string text, Token[] tokens, MentionCandidate full, MentionCandidate part) =>
        part.TokenCount == 1 && tokens[full.EndToken - 1].Of(text).Equals(tokens[part.FirstToken].Of(text), StringComparison.OrdinalIgnoreCase);

    private static string Initials(string text, Token[] tokens, MentionCandidate m)
    {
        var initials = new System.Text.StringBuilder();
        for (var t = m.FirstToken; t < m.EndToken; t++)
        {
            var c = text[tokens[t].Start];
            if (char.IsUpper(c)) initials.Append(c);
        }
        return initials.ToString();
    }

    private static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (!char.IsUpper(c)) return false;
        return true;
    }

    private static bool IsChar(string text, Token token, char c) => token.Length == 1 && text[token.Start] == c;
}
