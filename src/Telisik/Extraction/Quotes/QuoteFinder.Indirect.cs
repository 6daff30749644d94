namespace Telisik.Extraction.Quotes;

// Indirect speech, one sentence at a time, in sentences without quote marks:
// "Menurut X, …" / "…, menurut X." / "X mengatakan (bahwa) …" / "…, kata X." / "…, X said." / "From X: …".
public sealed partial class QuoteFinder
{
    private IEnumerable<QuoteCandidate> FindIndirect(Context doc, List<QuoteCandidate> direct)
    {
        var tokens = doc.Tokens;
        var next = 0; // direct quotes are in text order: walk them alongside the sentences
        foreach (var (first, end) in doc.Sentences)
        {
            if (end - first < MinIndirectWords + 2) continue;
            var start = tokens[first].Start;
            var stop = tokens[end - 1].End;
            while (next < direct.Count && direct[next].End <= start) next++;
            if (HasMarks(tokens, first, end) || next < direct.Count && direct[next].Start < stop) continue;
            var contentEnd = end;
            while (contentEnd > first && tokens[contentEnd - 1].Kind is QuoteTokenKind.SentenceEnd or QuoteTokenKind.Comma) contentEnd--;
            var found = LeadingPreposition(doc, first, contentEnd)
                ?? FromColon(doc, first, contentEnd)
                ?? VerbWithSubject(doc, first, contentEnd)
                ?? TrailingAttribution(doc, first, contentEnd)
                ?? InsertedAttribution(doc, first, contentEnd);
            if (found is not null && WordCount(doc, found.Start, found.End) >= MinIndirectWords) yield return found;
        }
    }

    private static bool HasMarks(List<QuoteToken> tokens, int first, int end)
    {
        for (var k = first; k < end; k++)
            if (tokens[k].Kind is QuoteTokenKind.DoubleMark) return true;
        return false;
    }

    /// <summary>"Menurut X, …" / "According to X, …", possibly after a short opener ("Namun, menurut X, …").</summary>
    private QuoteCandidate? LeadingPreposition(Context doc, int first, int end)
    {
        var tokens = doc.Tokens;
        for (var k = first; k < Math.Min(end, first + 4); k++)
        {
            if (k > first && tokens[k - 1].Kind != QuoteTokenKind.Comma) continue;
            var multi = MultiWordCueLength(doc, k);
            if (multi == 0 && IsPrepWithNya(doc, k) && k + 2 < end && tokens[k + 1].Kind == QuoteTokenKind.Comma)
                return Candidate(doc, k + 2, end, Pronoun(tokens[k]), k); // "Menurutnya, …"
            if (multi == 0 && !(TryCue(doc, k, out var kind, out var nya) && kind == CueKind.Prep && !nya)) continue;
            var phrase = _parser.ParseForward(doc.Text, tokens, k + Math.Max(multi, 1), end);
            if (phrase is null) continue;
            var comma = phrase.EndToken;
            // "Menurut Pratama yang pernah sebagai Plt. Direktur …, Ransomware …": the speaker's description may be long.
            while (comma < end && comma - phrase.EndToken <= 2 * SpeakerPhraseParser.MaxSubjectGap && tokens[comma].Kind != QuoteTokenKind.Comma) comma++;
            if (comma + 1 >= end || tokens[comma].Kind != QuoteTokenKind.Comma) continue;
            return Candidate(doc, comma + 1, end, phrase, k);
        }
        return null;
    }

    private bool IsPrepWithNya(Context doc, int k)
    {
        if (!doc.Tokens[k].IsWord) return false;
        var w = doc.Tokens[k].Of(doc.Text);
        return w.Length > 4 && w.EndsWith("nya", StringComparison.OrdinalIgnoreCase)
            && _lexicon.TryGetCue(w[..^3], out var kind) && kind == CueKind.Prep;
    }

    /// <summary>"From X: …" without quote marks: the rest of the paragraph is X's.</summary>
    private QuoteCandidate? FromColon(Context doc, int first, int end)
    {
        var tokens = doc.Tokens;
        if (!(TryCue(doc, first, out var kind, out _) && kind == CueKind.Colon)) return null;
        var phrase = _parser.ParseForward(doc.Text, tokens, first + 1, end);
        if (phrase is null || phrase.EndToken >= end || tokens[phrase.EndToken].Kind != QuoteTokenKind.Colon) return null;
        var paragraphEnd = doc.ParagraphEnd(tokens[first].Start);
        var stop = doc.TokenAt(paragraphEnd);
        while (stop > phrase.EndToken + 1 && tokens[stop - 1].Kind is QuoteTokenKind.SentenceEnd) stop--;
        return Candidate(doc, phrase.EndToken + 1, stop, phrase, first);
    }

    /// <summary>"X mengatakan (bahwa) …" / "Kirby told reporters that …": a verb cue after a speaker phrase.</summary>
    private QuoteCandidate? VerbWithSubject(Context doc, int first, int end)
    {
        var tokens = doc.Tokens;
        var text = doc.Text;
        for (var k = first + 1; k < end - 1; k++)
        {
            if (!(TryCue(doc, k, out var kind, out var nya) && kind == CueKind.Verb && !nya)) continue;
            if (tokens[k - 1].IsWord && _lexicon.IsNegation(tokens[k - 1].Of(text))) continue;
            var subject = _parser.ParseSubject(text, tokens, first, k)
                ?? RelativeSubject(doc, first, k);
            if (subject is null) continue;
            var from = ContentStart(doc, k + 1, end);
            if (from >= end) return null;
            return Candidate(doc, from, end, subject, k);
        }
        return null;
    }

    /// <summary>"gurauan Rossi yang mengatakan …": a name right before "yang" and the cue is the speaker.</summary>
    private SpeakerPhrase? RelativeSubject(Context doc, int first, int k)
    {
        var tokens = doc.Tokens;
        if (k - 2 < first || !tokens[k - 1].IsWord || !tokens[k - 1].Of(doc.Text).Equals("yang", StringComparison.Ordinal)) return null;
        var s = k - 2;
        while (s > first && s > k - 2 - SpeakerPhraseParser.MaxNameWords && tokens[s - 1].IsCapitalised(doc.Text)) s--;
        for (; s <= k - 2; s++)
        {
            var phrase = _parser.ParseForward(doc.Text, tokens, s, k - 1);
            if (phrase is { Name: not null } && phrase.EndToken == k - 1) return phrase;
        }
        return null;
    }

    /// <summary>
    /// Where reported content starts after a verb: right after it (and a comma), or after "bahwa"/"that"/"agar" when
    /// only an adjunct stands before it ("mengatakan kepada CNN pada hari Jumat bahwa …").
    /// </summary>
    private int ContentStart(Context doc, int from, int end)
    {
        var tokens = doc.Tokens;
        var text = doc.Text;
        while (from < end && tokens[from].Kind is QuoteTokenKind.Comma or QuoteTokenKind.Colon) from++;
        var adjunct = from < end && tokens[from].IsWord && _lexicon.IsBoundary(tokens[from].Of(text));
        for (var j = from; j < Math.Min(end, from + SpeakerPhraseParser.MaxSubjectGap); j++)
        {
            if (tokens[j].Kind is QuoteTokenKind.SentenceEnd || tokens[j].Kind is QuoteTokenKind.Comma && j > from) break;
            if (!tokens[j].IsWord || !IsComplementizer(tokens[j].Of(text))) continue;
            // "told reporters that …": one or two lower-case object words may stand before the complementizer.
            if (j == from || adjunct || j - from <= 2 && !tokens[from].IsCapitalised(text)) return j + 1;
            break;
        }
        return from;
    }

    private static bool IsComplementizer(ReadOnlySpan<char> w) =>
        w.Equals("bahwa", StringComparison.OrdinalIgnoreCase) || w.Equals("that", StringComparison.OrdinalIgnoreCase)
        || w.Equals("agar", StringComparison.OrdinalIgnoreCase) || w.Equals("supaya", StringComparison.OrdinalIgnoreCase);

    /// <summary>"…, kata X." / "…, ujarnya." / "…, X said." / "…, menurut X." at the end of the sentence.</summary>
    private QuoteCandidate? TrailingAttribution(Context doc, int first, int end)
    {
        var tokens = doc.Tokens;
        var text = doc.Text;
        for (var c = end - 1; c > first; c--)
        {
            if (tokens[c].Kind != QuoteTokenKind.Comma) continue;
            var k = c + 1;
            SpeakerPhrase? phrase;
            var multi = MultiWordCueLength(doc, k);
            if (multi > 0 || TryCue(doc, k, out var kind, out var nya) && kind is CueKind.Post or CueKind.Prep or CueKind.Verb)
            {
                TryCue(doc, k, out kind, out nya);
                phrase = nya ? Pronoun(tokens[k]) : _parser.ParseForward(text, tokens, k + Math.Max(multi, 1), end);
                if (phrase is null) return null;
                var after = nya ? k + 1 : phrase.EndToken;
                return _parser.OnlyAdjunctsBetween(text, tokens, after, end) ? Candidate(doc, first, c, phrase, k) : null;
            }
            phrase = _parser.ParseForward(text, tokens, k, end);
            if (phrase is null) return null;
            var v = phrase.EndToken;
            while (v < end && tokens[v].IsWord && _lexicon.IsAdverb(tokens[v].Of(text))) v++;
            if (TryCue(doc, v, out kind, out nya) && kind == CueKind.Verb && !nya && _parser.OnlyAdjunctsBetween(text, tokens, v + 1, end))
                return Candidate(doc, first, c, phrase, v);
            return null;
        }
        return null;
    }

    /// <summary>"Setelah pelatihan, lanjut Kirby, tentara-tentara ini …": a cue clause between commas; the content is what follows.</summary>
    private QuoteCandidate? InsertedAttribution(Context doc, int first, int end)
    {
        var tokens = doc.Tokens;
        for (var c = first; c < end - 2; c++)
        {
            if (tokens[c].Kind != QuoteTokenKind.Comma) continue;
            if (!(TryCue(doc, c + 1, out var kind, out var nya) && kind is CueKind.Post)) continue;
            if (nya)
            {
                // "Meski baru dibentuk, lanjutnya, bukan berarti …"
                if (c + 3 < end && tokens[c + 2].Kind == QuoteTokenKind.Comma) return Candidate(doc, c + 3, end, Pronoun(tokens[c + 1]), c + 1);
                continue;
            }
            var phrase = _parser.ParseForward(doc.Text, tokens, c + 2, end);
            if (phrase is null || phrase.EndToken + 1 >= end || tokens[phrase.EndToken].Kind != QuoteTokenKind.Comma) continue;
            return Candidate(doc, phrase.EndToken + 1, end, phrase, c + 1);
        }
        return null;
    }

    private static QuoteCandidate Candidate(Context doc, int fromTok, int endTok, SpeakerPhrase speaker, int cueTok)
    {
        var tokens = doc.Tokens;
        return new QuoteCandidate(QuoteKind.Indirect, tokens[fromTok].Start, tokens[endTok - 1].End, speaker, tokens[cueTok].Start, tokens[cueTok].End);
    }
}
