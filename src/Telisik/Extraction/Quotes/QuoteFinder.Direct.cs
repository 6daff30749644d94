namespace Telisik.Extraction.Quotes;

// Direct quotations: pair the marks, reject titles and scare quotes, find the attribution after the closing mark
// ("…," kata X / "…," X said / "…" -X) or before the opening one (X mengatakan: "…" / From X: "…").
public sealed partial class QuoteFinder
{
    private List<QuoteCandidate> FindDirect(Context doc, List<RejectedQuote> rejected)
    {
        var text = doc.Text;
        var tokens = doc.Tokens;
        var found = new List<QuoteCandidate>();
        var previousAfter = 0;
        foreach (var span in QuoteMarkScanner.Scan(text))
        {
            void reject(QuoteRejection reason) =>
                rejected.Add(new RejectedQuote(span.ContentStart, span.ContentEnd, text[span.ContentStart..span.ContentEnd], reason));
            var openTok = doc.TokenAt(span.OpenMark);
            var words = WordCount(doc, span.ContentStart, span.ContentEnd);
            if (words == 0) { reject(QuoteRejection.Empty); continue; }

            var (speaker, cue) = span.Closed ? AttributionAfter(doc, span) : (null, -1);
            var tailAttributed = cue >= 0 || speaker is not null;
            var prefixStart = Math.Max(Math.Max(PrefixStart(doc, openTok), doc.TokenAt(previousAfter)), openTok - MaxPrefixTokens);
            if (!tailAttributed) (speaker, cue) = AttributionBefore(doc, prefixStart, openTok);
            var attributed = cue >= 0 || speaker is not null;

            var titleBefore = openTok > 0 && tokens[openTok - 1].IsWord && _lexicon.IsTitleCue(tokens[openTok - 1].Of(text));
            if (titleBefore && !tailAttributed) { reject(QuoteRejection.Title); continue; }
            if (words == 1) { reject(QuoteRejection.SingleTerm); continue; }
            if (!attributed && !LooksLikeSpeech(doc, span, openTok, prefixStart, words))
            {
                reject(words < MinUnattributedWords ? QuoteRejection.SingleTerm : QuoteRejection.NotSpeech);
                continue;
            }
            var cueStart = cue >= 0 ? tokens[cue].Start : -1;
            var cueEnd = cue >= 0 ? tokens[cue].End : -1;
            found.Add(new QuoteCandidate(QuoteKind.Direct, span.ContentStart, span.ContentEnd, speaker, cueStart, cueEnd));
            previousAfter = span.After;
        }
        return found;
    }

    /// <summary>
    /// Unattributed text in marks is speech when it is long enough and stands as a sentence: it opens its sentence or
    /// paragraph, or ends with sentence punctuation ("“B.”" after "“A,” kata X.").
    /// </summary>
    private bool LooksLikeSpeech(Context doc, MarkedSpan span, int openTok, int prefixStart, int words)
    {
        if (words < MinUnattributedWords) return false;
        if (span.SingleMarks) return openTok == prefixStart && doc.ParagraphStarts.BinarySearch(span.OpenMark) >= 0;
        var last = doc.Text[span.ContentEnd - 1];
        return openTok <= prefixStart || last is '.' or '?' or '!' or '…';
    }

    /// <summary>First token of the text before the quote that may hold its attribution: the sentence's start.</summary>
    private static int PrefixStart(Context doc, int openTok)
    {
        int lo = 0, hi = doc.Sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var (first, end) = doc.Sentences[mid];
            if (openTok < first) hi = mid - 1;
            else if (openTok >= end) lo = mid + 1;
            else return first;
        }
        return openTok;
    }

    /// <summary>The attribution right after the closing mark: a cue and a speaker, a speaker and a verb, or a dash.</summary>
    private (SpeakerPhrase? Speaker, int Cue) AttributionAfter(Context doc, MarkedSpan span)
    {
        var text = doc.Text;
        var tokens = doc.Tokens;
        var limit = doc.TokenAt(doc.ParagraphEnd(span.After));
        var t = doc.TokenAt(span.After);
        if (t < limit && tokens[t].Kind == QuoteTokenKind.Comma) t++;
        if (t >= limit) return (null, -1);
        if (tokens[t].Kind == QuoteTokenKind.Dash)
        {
            // "…" -Kirby / "…" — Juru Bicara Pentagon
            var dashed = _parser.ParseForward(text, tokens, t + 1, limit);
            return dashed is { IsPronoun: false } ? (dashed, t) : (null, -1);
        }
        if (!tokens[t].IsWord) return (null, -1);
        var w = tokens[t].Of(text);
        if (w.Equals("demikian", StringComparison.OrdinalIgnoreCase) || w.Equals("begitu", StringComparison.OrdinalIgnoreCase))
        {
            if (TryCue(doc, t + 1, out _, out _)) t++;
            // "…," demikian M.U.S.T kepada Daily Mail.
            else if (_parser.ParseForward(text, tokens, t + 1, limit) is { } source) return (source, t);
        }
        if (TryCue(doc, t, out var kind, out var withNya) && kind is CueKind.Post or CueKind.Verb)
        {
            if (withNya) return (Pronoun(tokens[t]), t);
            var next = t + 1;
            if (next < limit && tokens[next].IsWord && tokens[next].Of(text) is "oleh" or "by") next++;
            var phrase = _parser.ParseForward(text, tokens, next, limit);
            return (phrase ?? Pronoun(tokens[t]), t);
        }
        // "…," Kirby said / "…," he added / "…," seorang pejabat mengatakan
        var subject = _parser.ParseForward(text, tokens, t, limit);
        if (subject is null) return (null, -1);
        var v = subject.EndToken;
        while (v < limit && tokens[v].IsWord && _lexicon.IsAdverb(tokens[v].Of(text))) v++;
        return TryCue(doc, v, out kind, out withNya) && kind == CueKind.Verb && !withNya ? (subject, v) : (null, -1);
    }

    /// <summary>The attribution before the opening mark, within its sentence: X mengatakan, "…" / Menurut X, "…" / From X: "…" / X: "…".</summary>
    private (SpeakerPhrase? Speaker, int Cue) AttributionBefore(Context doc, int from, int openTok)
    {
        var text = doc.Text;
        var tokens = doc.Tokens;
        for (var k = openTok - 1; k >= from; k--)
        {
            var multi = MultiWordCueLength(doc, k);
            if (multi == 0 && !TryCue(doc, k, out _, out _)) continue;
            var kind = CueKind.Prep;
            var withNya = false;
            if (multi == 0) TryCue(doc, k, out kind, out withNya);
            if (withNya) return (Pronoun(tokens[k]), k);
            switch (kind)
            {
                case CueKind.Verb:
                    var subject = _parser.ParseSubject(text, tokens, from, k);
                    if (subject is not null) return (subject, k);
                    break;
                case CueKind.Prep or CueKind.Post:
                    var after = _parser.ParseForward(text, tokens, k + Math.Max(multi, 1), openTok);
                    if (after is not null) return (after, k);
                    break;
                case CueKind.Colon:
                    var source = _parser.ParseForward(text, tokens, k + 1, openTok);
                    if (source is not null && source.EndToken < openTok && tokens[source.EndToken].Kind == QuoteTokenKind.Colon) return (source, k);
                    break;
            }
        }
        // "Kirby: “…”"
        if (openTok - 1 > from && tokens[openTok - 1].Kind == QuoteTokenKind.Colon)
        {
            var bare = _parser.ParseForward(text, tokens, from, openTok - 1);
            if (bare is not null && bare.EndToken == openTok - 1) return (bare, -1);
        }
        return (null, -1);
    }
}
