using System.Text.RegularExpressions;

namespace Telisik.Extraction.Dates;

/// <summary>
/// A stretch of text spoken on a day the text states: a quotation whose attribution names the day ("“Hari ini kami
/// rapat,” katanya, Kamis (20/4)"), a quotation right after a sentence that says when its speaker was met ("Ia ditemui
/// di kantornya, Kamis (20/4) malam."), or a sentence of reported speech dated right after its verb ("Kapolri
/// mengatakan, Kamis (20/4), tersangka diperiksa besok"). Its deictic words count from that day, not the article's.
/// </summary>
/// <param name="Start">First character of the stretch.</param>
/// <param name="End">Just past its last character.</param>
/// <param name="Day">The day the statement was made.</param>
/// <param name="EvidenceStart">Start of the expression that dates the statement (it is not itself counted from it).</param>
/// <param name="Evidence">What the text says, e.g. "Kamis (20/4)" at 40-52.</param>
internal sealed record StatementDay(int Start, int End, DateOnly Day, int EvidenceStart, string Evidence)
{
    /// <summary>The correction as a reader sees it on each date it changed.</summary>
    public string Note(DateOnly articleDay) =>
        $"{DateResolver.Iso(Day)}, the day the statement was made ({Evidence}), not the article's {DateResolver.Iso(articleDay)}";
}

/// <summary>
/// Finds <see cref="StatementDay"/>s. Quotations are read off the quotation marks of a paragraph (straight quotes pair
/// in order; curly quotes open and close); the day must be a day name, with or without a date, one week at most before
/// the stamp, in the quotation's own sentence outside it or in the sentence just before it, and that stretch must say
/// that someone spoke or was met (kata, ujar, ditemui, dihubungi, konferensi pers, said, ...). Pure.
/// </summary>
internal static class StatementDays
{
    /// <summary>Most days a statement's day may lie before the stamp.</summary>
    public const int MaxLagDays = 7;

    /// <summary>Characters a sentence is read back or forward from a date or quotation; longer stretches are cut there,
    /// so hostile text without sentence ends costs linear time.</summary>
    public const int MaxSentenceChars = 1000;

    /// <summary>Quotations examined per text; a real article has far fewer.</summary>
    public const int MaxQuotations = 2000;

    /// <summary>Statement stretches kept per text (each date is checked against all of them); a real article has dozens.</summary>
    public const int MaxStatements = 500;

    /// <summary>How far before a day the speech verb of reported speech may end ("mengatakan, Kamis (20/4)"): the verb,
    /// at most 60 characters, a comma.</summary>
    private const int CueReach = 100;

    private static readonly Regex SpeechCue = new(
        @"\b(kata|katanya|ujar|ujarnya|ucap|ucapnya|tutur|tuturnya|ungkap|ungkapnya|jelasnya|tegasnya|imbuhnya|tambahnya|" +
        @"mengatakan|menyatakan|menjelaskan|menegaskan|mengungkapkan|menuturkan|menambahkan|menyampaikan|disampaikan|" +
        @"ditemui|dihubungi|dikonfirmasi|diwawancarai|wawancara|konferensi pers|jumpa pers|" +
        @"said|says|told|stated|speaking|interview|press conference|briefing)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    // Reported speech: a speech verb, at most a name, then a comma and the day ("mengatakan, Kamis (20/4)").
    private static readonly Regex CueThenDay = new(@"^[^.!?""“”]{0,60},\s*$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static IReadOnlyList<StatementDay> Find(string text, IReadOnlyList<DateExpression> expressions, DateOnly published)
    {
        var result = new List<StatementDay>();
        var quotes = Quotes(text);
        expressions = expressions.OrderBy(e => e.Start).ToArray();
        foreach (var (qs, qe) in quotes)
        {
            var tailEnd = SentenceEnd(text, qe);
            var headStart = SentenceStart(text, qs);
            var found = DayIn(text, expressions, quotes, qe, tailEnd, published, nearestFirst: true)
                ?? DayIn(text, expressions, quotes, headStart, qs, published, nearestFirst: false);
            if (found is null && PreviousSentence(text, headStart) is { } prev && headStart == qs)
                found = DayIn(text, expressions, quotes, prev.Start, prev.End, published, nearestFirst: false);
            if (found is { } f) result.Add(new StatementDay(qs, qe, f.Day, f.Expression.Start, Why(text, f.Expression)));
            if (result.Count >= MaxStatements) return result;
        }
        // Reported speech outside quotations, dated right after its verb: the rest of that sentence.
        foreach (var e in expressions)
        {
            if (!IsDayEvidence(e) || Inside(quotes, e.Start) || DayOf(e, published) is not { } day) continue;
            var start = SentenceStart(text, e.Start);
            var before = text[Math.Max(start, e.Start - CueReach)..e.Start];
            var cue = SpeechCue.Matches(before).LastOrDefault();
            if (cue is null || !CueThenDay.IsMatch(before[(cue.Index + cue.Length)..])) continue;
            var end = SentenceEnd(text, e.End);
            if (Overlaps(quotes, start, end)) continue;
            result.Add(new StatementDay(start, end, day, e.Start, Why(text, e)));
            if (result.Count >= MaxStatements) break;
        }
        return result;
    }

    /// <summary>The statement stretch holding <paramref name="e"/>, if any (not the expression that dates it).</summary>
    public static StatementDay? Holding(IReadOnlyList<StatementDay> statements, DateExpression e)
    {
        foreach (var s in statements)
            if (s.Start <= e.Start && e.End <= s.End && s.EvidenceStart != e.Start) return s;
        return null;
    }

    private static (DateExpression Expression, DateOnly Day)? DayIn(string text, IReadOnlyList<DateExpression> expressions,
        List<(int Start, int End)> quotes, int from, int to, DateOnly published, bool nearestFirst)
    {
        if (to <= from || !SpeechCue.IsMatch(text.AsSpan(from, to - from).ToString())) return null;
        var candidates = Between(expressions, from, to).Where(e => e.End <= to && IsDayEvidence(e) && !Inside(quotes, e.Start));
        foreach (var e in nearestFirst ? candidates : candidates.Reverse())
            if (DayOf(e, published) is { } d) return (e, d);
        return null;
    }

    // A day name, alone or with its date ("Kamis", "Kamis (20/4)", "Kamis, 20 April 2017"), not one called upcoming.
    private static bool IsDayEvidence(DateExpression e) =>
        e.Weekday is not null && e.Direction is DateDirection.Default or DateDirection.This
        && (e.Kind == DateKind.Day || (e.Kind == DateKind.Weekday && e.Unit is null));

    private static DateOnly? DayOf(DateExpression e, DateOnly published)
    {
        DateOnly? day = e.Kind == DateKind.Day
            ? DateResolver.DayOf(e.Year, e.Month!.Value, e.Day!.Value, e.Weekday, e.Direction, published)
            : DateResolver.Resolve(e, published).Day;
        return day is { } d && d <= published && published.DayNumber - d.DayNumber <= MaxLagDays ? d : null;
    }

    // Quotations are sorted and do not overlap: the last one starting at or before a position is the only candidate.
    private static bool Inside(List<(int Start, int End)> quotes, int at)
    {
        var i = LastStartingAtOrBefore(quotes, at);
        return i >= 0 && at < quotes[i].End;
    }

    private static bool Overlaps(List<(int Start, int End)> quotes, int start, int end)
    {
        var i = LastStartingAtOrBefore(quotes, end - 1);
        return i >= 0 && quotes[i].End > start;
    }

    private static int LastStartingAtOrBefore(List<(int Start, int End)> quotes, int at)
    {
        int lo = 0, hi = quotes.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (quotes[mid].Start <= at) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found;
    }

    // Expressions (sorted by start) that start in [from, to).
    private static IEnumerable<DateExpression> Between(IReadOnlyList<DateExpression> sorted, int from, int to)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid].Start < from) lo = mid + 1;
            else hi = mid;
        }
        for (var i = lo; i < sorted.Count && sorted[i].Start < to; i++) yield return sorted[i];
    }

    // Quotation spans, marks included, within a paragraph.
    private static List<(int Start, int End)> Quotes(string text)
    {
        var spans = new List<(int, int)>();
        var open = -1;
        var curly = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n') { open = -1; continue; }
            if (open < 0)
            {
                if (c is '"' or '“') { open = i; curly = c == '“'; }
            }
            else if ((curly && c == '”') || (!curly && c == '"'))
            {
                spans.Add((open, i + 1));
                open = -1;
                if (spans.Count >= MaxQuotations) break;
            }
        }
        return spans;
    }

    private static bool EndsSentence(string text, int i) =>
        text[i] is '.' or '!' or '?' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]));

    // Just past the sentence end at or after <paramref name="from"/> (a new quotation or a line break also ends it).
    private static int SentenceEnd(string text, int from)
    {
        var limit = Math.Min(text.Length, from + MaxSentenceChars);
        for (var i = from; i < limit; i++)
        {
            if (text[i] is '\n' or '"' or '“') return i;
            if (EndsSentence(text, i)) return i + 1;
        }
        return limit;
    }

    // Start of the sentence holding <paramref name="at"/>, within its paragraph.
    private static int SentenceStart(string text, int at)
    {
        var limit = Math.Max(0, at - MaxSentenceChars);
        for (var i = at - 1; i >= limit; i--)
            if (text[i] == '\n' || EndsSentence(text, i) || text[i] is '"' or '”') return Skip(text, i + 1, at);
        return Skip(text, limit, at);
    }

    private static int Skip(string text, int i, int limit)
    {
        while (i < limit && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    // The sentence ending just before <paramref name="start"/> (across a paragraph break), unless it ends in a quotation.
    private static (int Start, int End)? PreviousSentence(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        if (i < 0 || text[i] is not ('.' or '!' or '?')) return null;
        var end = i + 1;
        var s = i - 1;
        var limit = Math.Max(-1, i - MaxSentenceChars);
        while (s > limit && text[s] != '\n' && !EndsSentence(text, s) && text[s] is not ('"' or '”' or '“')) s--;
        return (Skip(text, s + 1, end), end);
    }

    private static string Why(string text, DateExpression e) => $"\"{text[e.Start..e.End]}\" at {e.Start}-{e.End}";
}
