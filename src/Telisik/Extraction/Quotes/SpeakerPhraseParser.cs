namespace Telisik.Extraction.Quotes;

/// <summary>
/// Reads speaker phrases from tokens: names (capitalised runs), roles (a title word and what follows it), pronouns,
/// and their appositions (<c>Juru Bicara Dewan Keamanan Nasional AS, John Kirby</c>,
/// <c>Hong Min, peneliti senior di …</c>). Pure and thread-safe.
/// </summary>
internal sealed class SpeakerPhraseParser(QuoteLexicon lexicon)
{
    /// <summary>Longest name taken as one person (a longer capitalised run is an organisation or a title).</summary>
    public const int MaxNameWords = 5;
    /// <summary>Longest role phrase, in tokens.</summary>
    public const int MaxRoleTokens = 16;
    /// <summary>Longest stretch between a subject and its verb (adverbs, time and place adjuncts).</summary>
    public const int MaxSubjectGap = 12;
    /// <summary>Most words between a determiner and the title it introduces ("the National Security Council spokesman").</summary>
    public const int MaxDeterminerGap = 5;

    private static readonly string[] NameConnectors = ["bin", "binti", "van", "der", "de", "da", "al", "el", "von", "dos", "la"];

    /// <summary>A speaker phrase starting at token <paramref name="i"/>, with at most one apposition after a comma.</summary>
    public SpeakerPhrase? ParseForward(string text, List<QuoteToken> tokens, int i, int limit)
    {
        var first = ParsePart(text, tokens, i, limit);
        if (first is null) return null;
        if (first.IsPronoun) return first;
        var end = first.EndToken;
        // Apposition: "Role, Name" or "Name, role".
        if (end + 1 < limit && tokens[end].Kind == QuoteTokenKind.Comma)
        {
            var second = ParsePart(text, tokens, end + 1, limit);
            if (second is { IsPronoun: false })
            {
                if (first.Name is null && first.Role is not null && second.Name is not null)
                    return second with { Role = second.Role ?? first.Role, Start = first.Start };
                if (first.Name is not null && first.Role is null && second.IsUnnamedRole)
                    return first with { Role = second.Role, EndToken = second.EndToken };
            }
        }
        return first;
    }

    /// <summary>
    /// The subject of a verb cue at token <paramref name="cue"/>: a speaker phrase starting at <paramref name="from"/>
    /// or after one of the commas before the cue, followed only by adverbs or an adjunct (<c>pada hari Jumat</c>).
    /// The earliest start that works wins, so appositions stay whole.
    /// </summary>
    public SpeakerPhrase? ParseSubject(string text, List<QuoteToken> tokens, int from, int cue)
    {
        if (cue - from > MaxRoleTokens + MaxSubjectGap) from = cue - MaxRoleTokens - MaxSubjectGap;
        for (var s = from; s < cue; s++)
        {
            if (s > from && tokens[s - 1].Kind != QuoteTokenKind.Comma) continue;
            var phrase = ParseForward(text, tokens, s, cue);
            if (phrase is not null && OnlyAdjunctsBetween(text, tokens, phrase.EndToken, cue)) return phrase;
        }
        return null;
    }

    /// <summary>True when tokens [from, to) are adverbs, commas, or an adjunct opened by a boundary word.</summary>
    public bool OnlyAdjunctsBetween(string text, List<QuoteToken> tokens, int from, int to)
    {
        if (to - from > MaxSubjectGap) return false;
        for (var k = from; k < to; k++)
        {
            var t = tokens[k];
            if (t.Kind is QuoteTokenKind.Comma) continue;
            if (t.Kind is QuoteTokenKind.OpenParen) return true;
            if (!t.IsWord) return false;
            var w = t.Of(text);
            if (lexicon.IsAdverb(w)) continue;
            if (lexicon.IsBoundary(w)) return !ContainsSentenceBreak(tokens, k, to);
            return false;
        }
        return true;
    }

    private static bool ContainsSentenceBreak(List<QuoteToken> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (tokens[k].Kind is QuoteTokenKind.SentenceEnd or QuoteTokenKind.DoubleMark) return true;
        return false;
    }

    private SpeakerPhrase? ParsePart(string text, List<QuoteToken> tokens, int i, int limit)
    {
        if (i >= limit || !tokens[i].IsWord) return null;
        var w = tokens[i].Of(text);
        if (lexicon.IsPronoun(w)) return new SpeakerPhrase(null, -1, null, true, tokens[i].Start, i + 1);
        var kind = lexicon.RoleKind(w);
        if (kind == RoleWordKind.Determiner) return ParseRole(text, tokens, i, limit, determiner: true);
        if (kind == RoleWordKind.Title) return ParseRole(text, tokens, i, limit, determiner: false);
        if (!tokens[i].IsCapitalised(text) || lexicon.IsNotName(w) || lexicon.IsBoundary(w)) return null;
        if (lexicon.TryGetCue(w, out _)) return null;
        var end = NameEnd(text, tokens, i, limit);
        if (end == i) return null;
        var name = Join(text, tokens, i, end);
        // "Koo Byoung-sam juru bicara ..." without a comma: a title right after the name starts its role.
        if (end < limit && tokens[end].IsWord && lexicon.RoleKind(tokens[end].Of(text)) == RoleWordKind.Title
            && !tokens[end].IsCapitalised(text))
        {
            var role = ParseRole(text, tokens, end, limit, determiner: false);
            if (role is { Role: not null, Name: null }) return new SpeakerPhrase(name, tokens[i].Start, role.Role, false, tokens[i].Start, role.EndToken);
        }
        return new SpeakerPhrase(name, tokens[i].Start, null, false, tokens[i].Start, end);
    }

    /// <summary>End (exclusive) of a capitalised name run starting at <paramref name="i"/>.</summary>
    private int NameEnd(string text, List<QuoteToken> tokens, int i, int limit)
    {
        var end = i;
        var words = 0;
        while (end < limit && words < MaxNameWords && tokens[end].IsWord)
        {
            var t = tokens[end];
            var w = t.Of(text);
            if (t.IsCapitalised(text))
            {
                if (words > 0 && (lexicon.RoleKind(w) == RoleWordKind.Title || lexicon.IsNotName(w) || lexicon.TryGetCue(w, out _))) break;
                end++; words++;
                continue;
            }
            // Lower-case particles inside names (Abu Bakar bin Ahmad), only when a capitalised word follows.
            if (words > 0 && IsConnector(w) && end + 1 < limit && tokens[end + 1].IsCapitalised(text)) { end++; continue; }
            break;
        }
        while (end > i && !tokens[end - 1].IsCapitalised(text)) end--;
        return end;
    }

    private SpeakerPhrase? ParseRole(string text, List<QuoteToken> tokens, int i, int limit, bool determiner)
    {
        var start = i;
        var k = i;
        if (determiner)
        {
            // "seorang pejabat", "a senior official", "the National Security Council spokesman": a title must
            // follow within a few words.
            var found = false;
            for (var j = i + 1; j < Math.Min(limit, i + 1 + MaxDeterminerGap) && tokens[j].IsWord; j++)
                if (lexicon.RoleKind(tokens[j].Of(text)) == RoleWordKind.Title) { found = true; break; }
            if (!found) return null;
        }
        var titleCase = tokens[i].IsCapitalised(text);
        while (k < limit && k - start < MaxRoleTokens)
        {
            var t = tokens[k];
            if (!t.IsWord)
            {
                // Hyphenated role words: "mata-mata" is tokenised whole; "(TAM)" style abbreviations end the role.
                break;
            }
            var w = t.Of(text);
            if (k > start)
            {
                if (lexicon.TryGetCue(w, out _) || lexicon.IsPronoun(w) || lexicon.IsAdverb(w)) break;
                // "AS" (Amerika Serikat) is a role word, though "as" ends English phrases.
                var roleWord = t.IsCapitalised(text) && lexicon.RoleKind(w) != RoleWordKind.None;
                if (!roleWord && (lexicon.IsBoundary(w) || IsConnector(w)))
                {
                    // "peneliti senior di Korea Institute": a place or institution after the boundary stays in the role.
                    if (k + 1 < limit && tokens[k + 1].IsCapitalised(text) && !lexicon.IsBoundary(tokens[k + 1].Of(text))) { k++; continue; }
                    break;
                }
                if (!t.IsCapitalised(text)) titleCase = false;
            }
            k++;
        }
        if (k == start) return null;
        // "Menteri Pertahanan AS Lloyd Austin": in a title-case role, trailing capitalised words that are not role
        // words are the person's name.
        var nameStart = k;
        if (titleCase && !determiner)
        {
            while (nameStart > start + 1 && k - nameStart < MaxNameWords
                   && tokens[nameStart - 1].IsCapitalised(text)
                   && lexicon.RoleKind(tokens[nameStart - 1].Of(text)) == RoleWordKind.None
                   && !IsAbbreviation(text, tokens[nameStart - 1]))
                nameStart--;
        }
        var role = Join(text, tokens, start, nameStart);
        if (nameStart < k)
            return new SpeakerPhrase(Join(text, tokens, nameStart, k), tokens[nameStart].Start, role, false, tokens[start].Start, k);
        return new SpeakerPhrase(null, -1, role, false, tokens[start].Start, k);
    }

    private static bool IsAbbreviation(string text, QuoteToken t)
    {
        var w = t.Of(text);
        if (w.Length < 2) return false;
        foreach (var ch in w) if (char.IsLower(ch)) return false;
        return true;
    }

    private static bool IsConnector(ReadOnlySpan<char> w)
    {
        foreach (var c in NameConnectors) if (w.Equals(c, StringComparison.Ordinal)) return true;
        return w is "for" or "of" or "at" or "&";
    }

    /// <summary>The source text from token <paramref name="from"/> to just before token <paramref name="to"/>.</summary>
    public static string Join(string text, List<QuoteToken> tokens, int from, int to) =>
        text[tokens[from].Start..tokens[to - 1].End];
}
