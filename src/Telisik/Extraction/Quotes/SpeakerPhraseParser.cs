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
    /// <summary>Longest name split off the end of a role ("Menteri Pertahanan AS Lloyd Austin").</summary>
    public const int MaxTrailingNameWords = 3;
    /// <summary>Longest role phrase, in tokens.</summary>
    public const int MaxRoleTokens = 18;
    /// <summary>Longest stretch between a subject and its verb (adverbs, time and place adjuncts).</summary>
    public const int MaxSubjectGap = 12;
    /// <summary>Most words between a determiner and the title it introduces ("the National Security Council spokesman").</summary>
    public const int MaxDeterminerGap = 5;
    /// <summary>Most opening words skipped before a subject ("Namun", "Kini", "Sementara itu").</summary>
    public const int MaxLeadingWords = 3;

    private static readonly string[] NameConnectors = ["bin", "binti", "van", "der", "de", "da", "al", "el", "von", "dos", "la"];
    private static readonly string[] Locatives = ["di", "of", "for", "at", "dari", "from"];

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
                var firstIsRole = first.Role is not null && (first.Name is null || first.NameStart > first.Start);
                if (firstIsRole && second.Name is not null && second.Role is null && !IsAbbreviation(text, tokens[end + 1]))
                {
                    // "Direktur … Luar Negeri (PPTKLN) Kemnaker, R. Soes Hindharno": the name after the comma is the
                    // person; what came before, whole, is the role.
                    var role = text[first.Start..tokens[first.EndToken - 1].End];
                    return second with { Role = role, Start = first.Start };
                }
                if (first.Name is not null && first.Role is null && second.IsUnnamedRole)
                    return first with { Role = second.Role, EndToken = second.EndToken };
            }
        }
        return first;
    }

    /// <summary>
    /// The subject of a verb cue at token <paramref name="cue"/>: a speaker phrase starting at <paramref name="from"/>,
    /// after a few opening words, or after one of the commas or dashes before the cue, followed only by adverbs or an
    /// adjunct (<c>pada hari Jumat</c>). The earliest start that works wins, so appositions stay whole.
    /// </summary>
    public SpeakerPhrase? ParseSubject(string text, List<QuoteToken> tokens, int from, int cue)
    {
        if (cue - from > MaxRoleTokens + MaxSubjectGap) from = cue - MaxRoleTokens - MaxSubjectGap;
        for (var s = from; s < cue; s++)
        {
            if (s > from && !StartsClause(text, tokens, from, s)) continue;
            var phrase = ParseForward(text, tokens, s, cue);
            if (phrase is not null && OnlyAdjunctsBetween(text, tokens, phrase.EndToken, cue)) return phrase;
        }
        return null;
    }

    /// <summary>
    /// A subject may start after a comma, a dash or a colon, or after a few opening words of its clause
    /// (Namun, Kini, "saat itu").
    /// </summary>
    private bool StartsClause(string text, List<QuoteToken> tokens, int from, int s)
    {
        if (tokens[s - 1].Kind is QuoteTokenKind.Comma or QuoteTokenKind.Dash or QuoteTokenKind.Colon or QuoteTokenKind.CloseParen) return true;
        var clause = s - 1;
        while (clause > from && tokens[clause - 1].Kind is not (QuoteTokenKind.Comma or QuoteTokenKind.Dash or QuoteTokenKind.Colon)) clause--;
        if (s - clause > MaxLeadingWords) return false;
        for (var k = clause; k < s; k++)
        {
            if (!tokens[k].IsWord) return false;
            var w = tokens[k].Of(text);
            if (!lexicon.IsAdverb(w) && !lexicon.IsNotName(w)) return false;
        }
        return true;
    }

    /// <summary>True when tokens [from, to) are adverbs, commas, or an adjunct opened by a boundary word.</summary>
    public bool OnlyAdjunctsBetween(string text, List<QuoteToken> tokens, int from, int to)
    {
        if (to - from > MaxSubjectGap) return false;
        for (var k = from; k < to; k++)
        {
            var t = tokens[k];
            if (t.Kind is QuoteTokenKind.Comma) continue;
            if (t.Kind is QuoteTokenKind.OpenParen)
            {
                // "(77)", "(21/8)": a parenthesis is skipped whole.
                while (k < to && tokens[k].Kind != QuoteTokenKind.CloseParen) k++;
                if (k == to) return false;
                continue;
            }
            if (!t.IsWord) return false;
            var w = t.Of(text);
            if (lexicon.IsAdverb(w)) continue;
            if (lexicon.IsNegation(w)) return false;
            // "Pratama yang juga Ketua …": an appositive relative clause is skipped; "warga yang mengabadikan …"
            // is not an adjunct (the subject comes later).
            if (w is "yang" or "who" or "which")
                return k + 1 < to && tokens[k + 1].IsWord && IsAppositiveStart(tokens[k + 1].Of(text)) && AdjunctUntil(text, tokens, k, to);
            if (lexicon.IsBoundary(w)) return AdjunctUntil(text, tokens, k, to);
            return false;
        }
        return true;
    }

    /// <summary>An adjunct runs to the cue without a sentence break, a quote mark, a negation or a new capitalised clause.</summary>
    private bool AdjunctUntil(string text, List<QuoteToken> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            var t = tokens[k];
            if (t.Kind is QuoteTokenKind.SentenceEnd or QuoteTokenKind.DoubleMark) return false;
            if (t.IsWord && lexicon.IsNegation(t.Of(text))) return false;
            // "…, Kamis (30/11), memicu kemarahan … dengan memperingatkan": an Indonesian active verb (me-) means a
            // new predicate, not an adjunct.
            if (t.IsWord && !t.IsCapitalised(text) && t.End - t.Start > 4 && text.AsSpan(t.Start).StartsWith("me", StringComparison.Ordinal)
                && !lexicon.IsBoundary(t.Of(text))) return false;
            if (t.Kind is QuoteTokenKind.Comma && k + 1 < to && tokens[k + 1].IsCapitalised(text)
                && !lexicon.IsBoundary(tokens[k + 1].Of(text))) return false;
        }
        return true;
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
        if (end == i || OnlyRoleWords(text, tokens, i, end)) return null;
        // "Engineering Director Google Translate Macduff Hughes": a capitalised title inside the run makes it a role.
        if (end < limit && tokens[end].IsCapitalised(text) && lexicon.RoleKind(tokens[end].Of(text)) == RoleWordKind.Title)
        {
            var titled = ParseRole(text, tokens, end, limit, determiner: false);
            if (titled is { Name: not null }) return titled with { Role = text[tokens[i].Start..titled.NameStart].TrimEnd(), Start = tokens[i].Start };
        }
        // "Keamanan Golkar Yorrys Raweyai": the run begins with the tail of a role; the name is what follows it.
        var own = i;
        while (own < end - 1 && !IsNameWord(text, tokens[own])) own++;
        if (own > i)
            return new SpeakerPhrase(Join(text, tokens, own, end), tokens[own].Start, Join(text, tokens, i, own), false, tokens[i].Start, end);
        var name = Join(text, tokens, i, end);
        // "Koo Byoung-sam juru bicara ..." without a comma: a title right after the name starts its role.
        if (end - i >= 2 && end < limit && tokens[end].IsWord && lexicon.RoleKind(tokens[end].Of(text)) == RoleWordKind.Title
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
        while (end < limit && words < MaxNameWords)
        {
            var t = tokens[end];
            // Initials: "R. Soes Hindharno".
            if (t.Kind == QuoteTokenKind.SentenceEnd && text[t.Start] == '.' && end > i && tokens[end - 1].End - tokens[end - 1].Start == 1
                && end + 1 < limit && tokens[end + 1].IsCapitalised(text)) { end++; continue; }
            if (!t.IsWord) break;
            var w = t.Of(text);
            if (t.IsCapitalised(text))
            {
                if (words > 0 && (lexicon.RoleKind(w) == RoleWordKind.Title || lexicon.IsNotName(w) || lexicon.TryGetCue(w, out _))) break;
                end++; words++;
                continue;
            }
            // Lower-case particles inside names (Abu Bakar bin Ahmad), only when a capitalised word follows.
            if (words > 0 && IsNameConnector(w) && end + 1 < limit && tokens[end + 1].IsCapitalised(text)) { end++; continue; }
            break;
        }
        while (end > i && !tokens[end - 1].IsCapitalised(text)) end--;
        return end;
    }

    private SpeakerPhrase? ParseRole(string text, List<QuoteToken> tokens, int i, int limit, bool determiner)
    {
        var start = i;
        var k = i;
        if (determiner && tokens[i].Of(text) is "sang" or "Sang")
        {
            // "ucap sang pelatih": a definite description of someone already named, resolved like a pronoun.
            var described = ParseRole(text, tokens, i + 1, limit, determiner: false);
            return described is null ? null : new SpeakerPhrase(null, -1, Join(text, tokens, i, described.EndToken), true, tokens[i].Start, described.EndToken);
        }
        if (determiner)
        {
            // "seorang pejabat", "a senior official", "the National Security Council spokesman": a title must
            // follow within a few words.
            var found = false;
            for (var j = i + 1; j < Math.Min(limit, i + 1 + MaxDeterminerGap) && tokens[j].IsWord; j++)
                if (lexicon.RoleKind(tokens[j].Of(text)) == RoleWordKind.Title) { found = true; break; }
            if (!found) return null;
        }
        var crossedLocative = false;
        while (k < limit && k - start < MaxRoleTokens)
        {
            var t = tokens[k];
            if (t.Kind == QuoteTokenKind.OpenParen && k + 2 < limit && tokens[k + 1].IsWord && tokens[k + 2].Kind == QuoteTokenKind.CloseParen
                && IsAbbreviation(text, tokens[k + 1]))
            {
                k += 3; // "(BMKG)", "(PPTKLN)" inside a title-case role
                continue;
            }
            if (!t.IsWord) break;
            var w = t.Of(text);
            if (k > start)
            {
                if (lexicon.TryGetCue(w, out _) || lexicon.IsPronoun(w) || lexicon.IsAdverb(w) || lexicon.IsNegation(w)) break;
                if (w is "tersebut" or "itu") break; // an anaphoric description ends here (see below)
                // "tersangka diketahui …", "korban dimasukkan …": a verb (me-, di-, ber-, ter-) ends a lower-case role.
                if (!t.IsCapitalised(text) && lexicon.RoleKind(w) == RoleWordKind.None && LooksLikeVerb(w)) break;
                var nameBefore = IsNameWord(text, tokens[k - 1]);
                var capitalNext = k + 1 < limit && tokens[k + 1].IsCapitalised(text);
                // After a name candidate ("Kapolda Lampung Irjen Sudjarno"), the role is over: "di Bandarlampung"
                // is a place, "tidak" a predicate. Inside institution names it goes on: "Klimatologi dan Geofisika",
                // "Korea Institute for National Unification".
                if (nameBefore && !t.IsCapitalised(text)
                    && !(capitalNext && (w is "dan" or "&" || crossedLocative && IsConnector(w)))) break;
                // "AS" (Amerika Serikat) is a role word, though "as" ends English phrases.
                var roleWord = t.IsCapitalised(text) && lexicon.RoleKind(w) != RoleWordKind.None;
                if (!roleWord && (lexicon.IsBoundary(w) || IsConnector(w)))
                {
                    // "peneliti senior di Korea Institute": a place or institution after the boundary stays in the role.
                    if (k + 1 < limit && tokens[k + 1].IsCapitalised(text) && !lexicon.IsBoundary(tokens[k + 1].Of(text)))
                    {
                        if (IsLocative(w)) crossedLocative = true;
                        k++;
                        continue;
                    }
                    break;
                }
            }
            k++;
        }
        if (k == start) return null;
        // "tandas mantan pelatih tersebut", "menurut pensiunan jenderal itu": a description pointing back to a
        // person already named works like a pronoun.
        if (k < limit && tokens[k].IsWord && tokens[k].Of(text) is "tersebut" or "itu")
            return new SpeakerPhrase(null, -1, Join(text, tokens, start, k + 1), true, tokens[start].Start, k + 1);
        // "Menteri Pertahanan AS Lloyd Austin", "peneliti Giuseppe Crippa": trailing capitalised words that are not
        // role words are the person's name, unless the role went through a place ("peneliti senior di Korea Institute").
        var nameStart = k;
        if (!crossedLocative)
        {
            while (nameStart > start + 1 && IsNameWord(text, tokens[nameStart - 1])) nameStart--;
            if (k - nameStart > MaxTrailingNameWords) nameStart = k - MaxTrailingNameWords;
            if (nameStart < k && !tokens[nameStart].IsCapitalised(text)) nameStart = k;
        }
        if (determiner) nameStart = k;
        var role = Join(text, tokens, start, nameStart);
        if (nameStart < k)
            return new SpeakerPhrase(Join(text, tokens, nameStart, k), tokens[nameStart].Start, role, false, tokens[start].Start, k);
        return new SpeakerPhrase(null, -1, role, false, tokens[start].Start, k);
    }

    /// <summary>A capitalised word that can belong to a person's name: not a role word, not an abbreviation, not an
    /// Indonesian institutional noun (pe-/ke-/per- … -an: Perikanan, Kesehatan, Perlindungan).</summary>
    private bool IsNameWord(string text, QuoteToken t)
    {
        if (!t.IsCapitalised(text) || IsAbbreviation(text, t)) return false;
        var w = t.Of(text);
        if (lexicon.RoleKind(w) != RoleWordKind.None || lexicon.IsNotName(w) || lexicon.IsBoundary(w)) return false;
        return !LooksInstitutional(w);
    }

    private static bool IsAppositiveStart(ReadOnlySpan<char> w) =>
        w is "juga" or "pernah" or "kini" or "merupakan" or "adalah" or "sebelumnya" or "also" or "is" or "was";

    /// <summary>"Korea Selatan", "Kalimantan Utara": a capitalised run of role and place words names no person.</summary>
    private bool OnlyRoleWords(string text, List<QuoteToken> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (tokens[k].IsWord && lexicon.RoleKind(tokens[k].Of(text)) == RoleWordKind.None) return false;
        return true;
    }

    private static bool LooksLikeVerb(ReadOnlySpan<char> w) =>
        w.Length > 5 && (w.StartsWith("me", StringComparison.Ordinal) || w.StartsWith("di", StringComparison.Ordinal)
            || w.StartsWith("ber", StringComparison.Ordinal) || w.StartsWith("ter", StringComparison.Ordinal));

    private static bool LooksInstitutional(ReadOnlySpan<char> w) =>
        w.Length >= 7 && w.EndsWith("an", StringComparison.Ordinal)
        && (w.StartsWith("Pe", StringComparison.Ordinal) || w.StartsWith("Ke", StringComparison.Ordinal));

    private static bool IsAbbreviation(string text, QuoteToken t)
    {
        var w = t.Of(text);
        if (w.Length < 2) return false;
        foreach (var ch in w) if (char.IsLower(ch)) return false;
        return true;
    }

    private static bool IsLocative(ReadOnlySpan<char> w)
    {
        foreach (var c in Locatives) if (w.Equals(c, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static bool IsNameConnector(ReadOnlySpan<char> w)
    {
        foreach (var c in NameConnectors) if (w.Equals(c, StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool IsConnector(ReadOnlySpan<char> w) => IsNameConnector(w) || w is "for" or "of" or "at" or "&" or "dan";

    /// <summary>The source text from token <paramref name="from"/> to just before token <paramref name="to"/>.</summary>
    public static string Join(string text, List<QuoteToken> tokens, int from, int to) =>
        text[tokens[from].Start..tokens[to - 1].End];
}
