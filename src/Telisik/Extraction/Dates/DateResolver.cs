using System.Globalization;

namespace Telisik.Extraction.Dates;

/// <summary>
/// Resolves expressions against the publication day in Asia/Jakarta (fixed UTC+07:00). A day-month without a year
/// is the nearest such date not after publication (not before it when the sentence speaks of the future); a day
/// name is the latest such day not after publication; with a day name, the year is one where the date falls on
/// that day. Expressions that need an anchor resolve to null without one. Pure.
/// </summary>
internal static class DateResolver
{
    /// <summary>Days a publication stamp may lag the writing of an article that calls a date upcoming.</summary>
    public const int PublicationLagDays = 7;

    /// <summary>How many expressions on each side of a clock time are searched for its day (bounds hostile input).</summary>
    public const int DaySourceReach = 64;

    /// <summary>Jakarta's fixed offset; Indonesia has no daylight saving time.</summary>
    public static readonly TimeSpan Jakarta = TimeSpan.FromHours(7);

    /// <summary>The publication day in Jakarta.</summary>
    public static DateOnly AnchorDay(DateTimeOffset published) => DateOnly.FromDateTime(published.ToOffset(Jakarta).DateTime);

    /// <summary>
    /// Resolves every expression in order (a clock time takes the day of the date nearest it in its sentence or
    /// paragraph). Deictic expressions count from <paramref name="reference"/> when the text gave the article its own
    /// day, or from the day of the statement in <paramref name="statements"/> that holds them, and then carry that
    /// correction; dates that state their day and month keep the stamp as their upper bound.
    /// </summary>
    public static List<DateMention> ResolveAll(string text, IReadOnlyList<DateExpression> expressions, DateOnly? anchor, ReferenceDay? reference = null,
        IReadOnlyList<StatementDay>? statements = null)
    {
        var articleDay = reference?.Day ?? anchor;
        expressions = WithNumbersOfOtherDays(WithComingYears(WithStatedYears(expressions), anchor), anchor);
        // The statement holding each expression, and the day it was spoken when that is not the article's own.
        var held = new StatementDay?[expressions.Count];
        var spoken = new StatementDay?[expressions.Count];
        if (statements is { Count: > 0 })
            for (var k = 0; k < expressions.Count; k++)
            {
                held[k] = StatementDays.Holding(statements, expressions[k]);
                spoken[k] = held[k] is { } s && articleDay is { } ad && s.Day != ad ? s : null;
            }
        var days = new DateOnly?[expressions.Count];
        // Days settled by a neighbour (an alternative day name, a dated namesake) rather than by their own words.
        var settled = new bool[expressions.Count];
        for (var k = 0; k < expressions.Count; k++)
        {
            if (expressions[k].Kind == DateKind.Time) continue;
            settled[k] = expressions[k].AlternativeOfPrevious && k > 0 && days[k - 1] is not null;
            days[k] = settled[k] ? NearestWeekday(expressions[k].Weekday!.Value, days[k - 1]!.Value)
                : Resolve(expressions[k], anchor, null, spoken[k]?.Day ?? articleDay).Day;
        }
        var sameNamed = DatedNamesakes(expressions, days, articleDay);
        for (var k = 0; k < expressions.Count; k++)
            if (sameNamed[k] is { } namesake) { days[k] = namesake; settled[k] = true; }
        var leadDay = LeadDay(expressions, days, articleDay);
        var result = new List<DateMention>(expressions.Count);
        for (var k = 0; k < expressions.Count; k++)
        {
            var e = expressions[k];
            var dayBefore = e.Kind == DateKind.Time ? TwinDay(text, expressions, days, k) ?? DayForTime(expressions, days, k, articleDay, leadDay, held[k]) : null;
            var (resolved, granularity, _) = settled[k] ? (Iso(days[k]!.Value), DateGranularity.Day, days[k])
                : Resolve(e, anchor, dayBefore, spoken[k]?.Day ?? articleDay);
            var counts = resolved is not null && CountsFromToday(e, dayBefore);
            var corrected = !counts ? null : spoken[k] is { } said ? said.Note(articleDay!.Value) : reference?.Note;
            result.Add(new DateMention(text[e.Start..e.End], e.Start, e.End, resolved, granularity, corrected));
        }
        return result;
    }

    // "Menteri itu terbang ke Fiji pada Selasa (30/1/2018). / "Saya berangkat Selasa"": a bare day name is the
    // day of that name the text dates elsewhere, when it dates exactly one such day and that day lies within a week
    // of the article's own day.
    private static DateOnly?[] DatedNamesakes(IReadOnlyList<DateExpression> expressions, DateOnly?[] days, DateOnly? articleDay)
    {
        var result = new DateOnly?[expressions.Count];
        if (articleDay is not { } a) return result;
        Dictionary<int, DateOnly?>? dated = null;
        for (var k = 0; k < expressions.Count; k++)
        {
            if (expressions[k] is not { Kind: DateKind.Day, Weekday: { } named } || days[k] is not { } d || IsoDay(d) != named) continue;
            dated ??= [];
            // (Two different dates for one name: no single namesake.)
            dated[named] = dated.TryGetValue(named, out var seen) && seen != d ? null : d;
        }
        if (dated is null) return result;
        for (var k = 0; k < expressions.Count; k++)
        {
            var e = expressions[k];
            if (e is not { Kind: DateKind.Weekday, Weekday: { } named, Direction: DateDirection.Default, Unit: null }) continue;
            if (dated.TryGetValue(named, out var d) && d is { } day && day != days[k] && Math.Abs(day.DayNumber - a.DayNumber) <= NarrativeDayReach)
                result[k] = day;
        }
        return result;
    }

    // "7 September 2017 ... teken tanggal 7 September": a day and month the article also dates with a year are that
    // day. Only when every stated year for that day and month agrees.
    private static IReadOnlyList<DateExpression> WithStatedYears(IReadOnlyList<DateExpression> expressions)
    {
        var stated = expressions.Where(e => e.Kind == DateKind.Day && e.Year is not null)
            .GroupBy(e => (e.Month, e.Day)).Where(g => g.Select(e => e.Year).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Year);
        if (stated.Count == 0) return expressions;
        return expressions.Select(e => e.Kind == DateKind.Day && e.Year is null && e.Weekday is null && stated.TryGetValue((e.Month, e.Day), out var y)
            ? e with { Year = y } : e).ToList();
    }

    // "PON dibuka 17 September 2016 ... ditutup tanggal 29 September" (published early September): after a day of a
    // stated year that lies ahead of publication, a yearless later day in the same or the next paragraph lies in
    // that year too (DateReader.CarryFuture carries a future cue the same way; here the stated year is the cue).
    private static IReadOnlyList<DateExpression> WithComingYears(IReadOnlyList<DateExpression> expressions, DateOnly? anchor)
    {
        if (anchor is not { } a) return expressions;
        List<DateExpression>? result = null;
        (int Paragraph, DateOnly Day)? coming = null;
        for (var k = 0; k < expressions.Count; k++)
        {
            var e = expressions[k];
            if (e.Kind is not (DateKind.Day or DateKind.DayRange) || e.Month is not { } month || e.Day is not { } day) continue;
            if (e is { Year: null, Weekday: null, Direction: DateDirection.Default or DateDirection.Nearest } && coming is { } c
                && e.Paragraph - c.Paragraph <= 1 && (month, day).CompareTo((c.Day.Month, c.Day.Day)) >= 0)
            {
                result ??= expressions.ToList();
                result[k] = e = e with { Year = c.Day.Year };
            }
            coming = e.Year is { } y && Make(y, month, day) is { } d && d > a ? (e.Paragraph, d) : null;
        }
        return result ?? expressions;
    }

    // "Minggu (18/9)" in a text that also says "Senin (18/9) pagi", "Rabu (21/9) malam waktu setempat atau Kamis
    // pagi WIB": when a day name disagrees with its number and the text names the day the number falls on elsewhere,
    // the number belongs to that other day and the day name is the day meant (the one nearest the number). Without
    // such a sign the number stands (see DayOf).
    private static IReadOnlyList<DateExpression> WithNumbersOfOtherDays(IReadOnlyList<DateExpression> expressions, DateOnly? anchor)
    {
        List<DateExpression>? result = null;
        HashSet<(int, int?, int?)>? namedDays = null;
        for (var k = 0; k < expressions.Count; k++)
        {
            var e = expressions[k];
            if (e is not { Kind: DateKind.Day, Weekday: { } named, Month: { } month, Day: { } day }) continue;
            if (DayOf(e.Year, month, day, named, e.Direction, anchor) is not { } numbered || IsoDay(numbered) == named
                || numbered.Day != day || numbered.Month != month) continue;
            var numberDay = IsoDay(numbered);
            var meant = NearestWeekday(named, numbered);
            if (Math.Abs(meant.DayNumber - numbered.DayNumber) > 1) continue;
            // (The pair itself names another day, so it is never its own sign.)
            namedDays ??= expressions.Where(x => x.Kind is DateKind.Weekday or DateKind.Day && x.Weekday is not null)
                .Select(x => (x.Weekday!.Value, x.Kind == DateKind.Day ? x.Month : null, x.Kind == DateKind.Day ? x.Day : null)).ToHashSet();
            if (!namedDays.Contains((numberDay, null, null)) && !namedDays.Contains((numberDay, month, day))) continue;
            result ??= expressions.ToList();
            result[k] = e with { Year = meant.Year, Month = meant.Month, Day = meant.Day };
        }
        return result ?? expressions;
    }

    // The day of that name within three days of the given one, after it on a tie ("Minggu (9/4) atau Senin").
    private static DateOnly NearestWeekday(int weekday, DateOnly near)
    {
        var ahead = (weekday - IsoDay(near) + 7) % 7;
        return ahead <= 3 ? near.AddDays(ahead) : near.AddDays(ahead - 7);
    }

    // Whether an expression's resolution depends on which day is "today" (not only on the year of publication).
    private static bool CountsFromToday(DateExpression e, DateOnly? dayBefore) => e.Kind switch
    {
        DateKind.Relative => true,
        DateKind.Weekday => e.Direction != DateDirection.Default || e.Unit == CalendarUnit.Week,
        DateKind.Time => dayBefore is null,
        DateKind.Part => e.Weekend || e.WeekStart || (e.Year is null && e.Month is null && e.Unit is not null) || (e.Month is not null && e.Unit == CalendarUnit.Year && e.Year is null),
        DateKind.Month => e.Year is null && e.Unit == CalendarUnit.Year,
        _ => false,
    };

    // A clock time belongs to the nearest day named in its sentence, else in its paragraph (the date often follows
    // the quote that holds the time: "“Sudah padam jam 12.00 WIB,” kata X, Selasa (14/11/2017)"). When that day only
    // dates the statement and the lead reports an event a day or two earlier ("ambruk Senin malam (13/11). / “Evakuasi
    // dari pukul 20.10 WIB,” kata Budi, Selasa"), the time is the event's.
    private static DateOnly? DayForTime(IReadOnlyList<DateExpression> expressions, DateOnly?[] days, int k, DateOnly? articleDay, DateOnly? leadDay,
        StatementDay? said)
    {
        var e = expressions[k];
        DateOnly? best = null;
        var bestScore = long.MaxValue;
        var bestAt = -1;
        // Expressions are in text order, so the paragraph's are contiguous around k.
        foreach (var step in new[] { -1, 1 })
            for (var j = k + step; j >= 0 && j < expressions.Count && Math.Abs(j - k) <= DaySourceReach && expressions[j].Paragraph == e.Paragraph; j += step)
            {
                if (days[j] is null) continue;
                var score = Math.Abs(expressions[j].Start - e.Start) + (expressions[j].Sentence == e.Sentence ? 0L : int.MaxValue);
                if (score < bestScore) { best = days[j]; bestScore = score; bestAt = expressions[j].Start; }
            }
        if (best is { } b)
        {
            if (leadDay is { } lead && lead < b && b.DayNumber - lead.DayNumber <= EventBeforeStatementDays && said?.EvidenceStart == bestAt)
                return lead;
            return b;
        }
        // "..., kata Tarzan, Senin malam (27/3). / Tarzan menyebut Eko meninggal pada pukul 23.05 WIB": a paragraph
        // without a day goes on with the last day the paragraph before it named, when that is a day of the news (within
        // a week of the article's own day), not background ("digugat sejak 22 Maret").
        for (var j = k - 1; j >= 0 && k - j <= DaySourceReach && expressions[j].Paragraph >= e.Paragraph - 1; j--)
        {
            if (expressions[j].Paragraph != e.Paragraph - 1 || expressions[j].Kind == DateKind.Time) continue;
            return days[j] is { } d && articleDay is { } a && Math.Abs(d.DayNumber - a.DayNumber) <= NarrativeDayReach ? d : null;
        }
        return leadDay;
    }

    // "pukul 04.37 waktu setempat (Kamis, 23.37 WIB)": the day in brackets is the day of the twin's clock, so a local
    // time ahead of it may fall on the next day there. Taken only when the twin reads the same instant.
    private static DateOnly? TwinDay(string text, IReadOnlyList<DateExpression> x, DateOnly?[] days, int k)
    {
        if (k + 2 >= x.Count) return null;
        var (e, named, twin) = (x[k], x[k + 1], x[k + 2]);
        if (named.Kind is not (DateKind.Day or DateKind.Weekday) || days[k + 1] is not { } day
            || twin is not { Kind: DateKind.Time, ZoneMinutes: { } twinZone, Hour: { } th, Minute: { } tm } || e.Hour is not { } h || e.Minute is not { } m)
            return null;
        // (The twin follows the day at once, after at most a comma: "(Kamis, 23.37 WIB)".)
        if (named.Start - e.End > TwinReach || twin.Start - named.End > 3 || text.IndexOf('(', e.End, named.Start - e.End) < 0) return null;
        var local = e.ZoneMinutes ?? (e.ZoneId is { } id ? PlaceZones.OffsetMinutes(id, day, h, m) : null);
        if (local is not { } minutes || minutes == twinZone) return null;
        var there = new DateTimeOffset(day.ToDateTime(new TimeOnly(th, tm)), TimeSpan.FromMinutes(twinZone)).ToOffset(TimeSpan.FromMinutes(minutes));
        return there.Hour == h && there.Minute == m ? DateOnly.FromDateTime(there.DateTime) : null;
    }

    /// <summary>Most characters between a local clock time and the bracketed day of its twin in another zone.</summary>
    public const int TwinReach = 30;

    // "Diskusi yang dimulai pukul 09.30 WIB" far from any day: the day of the event the lead reports ("berbicara dalam
    // seminar di Medan, Senin"), when the lead names one near the article's own day; else the article's day.
    private static DateOnly? LeadDay(IReadOnlyList<DateExpression> expressions, DateOnly?[] days, DateOnly? articleDay)
    {
        for (var j = 0; j < expressions.Count && expressions[j].Paragraph < LeadParagraphs; j++)
        {
            if (expressions[j].Kind is not (DateKind.Day or DateKind.Weekday)) continue;
            return days[j] is { } d && articleDay is { } a && Math.Abs(d.DayNumber - a.DayNumber) <= NarrativeDayReach ? d : null;
        }
        return null;
    }

    /// <summary>Most days between the article's own day and a day the paragraph before a clock time names (or the
    /// lead's), for the time to take it.</summary>
    public const int NarrativeDayReach = 7;

    /// <summary>Most days the lead's event may lie before a statement's day for a clock time in that statement to take it.</summary>
    public const int EventBeforeStatementDays = 2;

    /// <summary>Paragraphs that make an article's lead, whose first day is the day of the event it reports.</summary>
    public const int LeadParagraphs = 3;

    /// <summary>
    /// Resolves one expression against the stamp's day <paramref name="anchor"/>; <paramref name="dayBefore"/> is the
    /// day a clock time belongs to, <paramref name="deixis"/> the day "hari ini" means (the anchor unless the text says).
    /// </summary>
    public static (string? Resolved, DateGranularity Granularity, DateOnly? Day) Resolve(DateExpression e, DateOnly? anchor, DateOnly? dayBefore = null, DateOnly? deixis = null)
    {
        var today = deixis ?? anchor;
        switch (e.Kind)
        {
            case DateKind.Day:
            {
                // "Jumat (22/2/2018) kemarin" in a report of Saturday 24 February: the weekday and the deictic word agree
                // against the number (22 February 2018 was a Thursday), so the reader takes the Friday.
                if (e is { AdjacentDeictic: { } near, Weekday: { } named } && today is { } t && IsoDay(t.AddDays(near)) == named
                    && !(Make(e.Year ?? t.Year, e.Month!.Value, e.Day!.Value) is { } numbered && IsoDay(numbered) == named))
                    return (Iso(t.AddDays(near)), DateGranularity.Day, t.AddDays(near));
                var dayYear = e.Year ?? (e.Unit == CalendarUnit.Year && today is { } ty ? ty.Year + e.Offset : null);
                var day = DayOf(dayYear, e.Month!.Value, e.Day!.Value, e.Weekday, e.Direction, anchor);
                return day is { } d ? (Iso(d), DateGranularity.Day, d) : Unresolved;
            }
            case DateKind.DayRange:
            {
                var first = DayOf(e.Year, e.Month!.Value, e.Day!.Value, null, e.Direction, anchor);
                if (first is not { } f) return Unresolved;
                // "23 Desember 2017 hingga 14 Januari 2018", "30 Oktober - 2 November": the end has its own month.
                var lastMonth = e.EndMonth ?? f.Month;
                var lastYear = e.EndYear ?? (lastMonth < f.Month ? f.Year + 1 : f.Year);
                var last = new DateOnly(lastYear, lastMonth, Math.Min(e.EndDay!.Value, DateTime.DaysInMonth(lastYear, lastMonth)));
                if (last < f) return Unresolved;
                return ($"{Iso(f)}/{Iso(last)}", DateGranularity.Range, null);
            }
            case DateKind.Month:
            {
                int? year = e.Year;
                if (year is null && e.Unit == CalendarUnit.Year)
                {
                    if (today is not { } a) return Unresolved;
                    year = a.Year + e.Offset;
                }
                if (e.EndMonth is { } lastMonth && e.EndYear is { } lastYear && year is { } firstYear)
                    return ($"{firstYear:D4}-{e.Month!.Value:D2}/{lastYear:D4}-{lastMonth:D2}{(e.EndDay is { } lastDay ? $"-{lastDay:D2}" : "")}", DateGranularity.Range, null);
                // "Maret 2013 hingga 2015": to the end of a year.
                if (e.EndYear is { } wholeYear && year is { } fromYear)
                    return ($"{fromYear:D4}-{e.Month!.Value:D2}/{wholeYear:D4}", DateGranularity.Range, null);
                if (e.EndMonth is { } endMonth)
                {
                    var first = MonthOf(year, e.Month!.Value, e.Direction, anchor);
                    if (first is not { } f) return Unresolved;
                    var endYear = endMonth >= f.Month ? f.Year : f.Year + 1;
                    if (year is not null && endMonth < f.Month) { endYear = f.Year; f = (f.Year - 1, f.Month); }
                    return ($"{f.Year:D4}-{f.Month:D2}/{endYear:D4}-{endMonth:D2}", DateGranularity.Range, null);
                }
                var m = MonthOf(year, e.Month!.Value, e.Direction, anchor);
                return m is { } mm ? ($"{mm.Year:D4}-{mm.Month:D2}", DateGranularity.Month, null) : Unresolved;
            }
            case DateKind.Part:
                return ResolvePart(e, anchor, today);
            case DateKind.Year:
                return e.EndYear is { } y2
                    ? ($"{e.Year:D4}/{y2:D4}{(e.EndMonth is { } em ? $"-{em:D2}" : "")}", DateGranularity.Range, null)
                    : ($"{e.Year:D4}", DateGranularity.Year, null);
            case DateKind.Weekday when e.Unit == CalendarUnit.Week:
            {
                // "Kamis pekan depan": that day of the week Offset weeks from the writer's.
                if (today is not { } a) return Unresolved;
                var d = a.AddDays(1 - IsoDay(a) + 7 * e.Offset + e.Weekday!.Value - 1);
                return (Iso(d), DateGranularity.Day, d);
            }
            case DateKind.Weekday:
            {
                // A day name alone is the latest such day up to the stamp: "kata X di Jakarta, Jumat", "Sabtu dini hari
                // WIB" often name a day after the latest dated one. "Rabu lalu", "Kamis ini" count from the writer's day.
                if ((e.Direction == DateDirection.Default ? anchor : today) is not { } a) return Unresolved;
                var d = WeekdayOf(e.Weekday!.Value, e.Direction, a);
                return (Iso(d), DateGranularity.Day, d);
            }
            case DateKind.Relative:
            {
                if (today is not { } a) return Unresolved;
                // "satu setengah tahun lalu": the year (or month) that many half units back holds the day.
                if (e.HalfUnit)
                {
                    var back = e.Unit == CalendarUnit.Year ? a.AddMonths(6 * e.Offset) : a.AddDays(15 * e.Offset);
                    return e.Unit == CalendarUnit.Year ? ($"{back.Year:D4}", DateGranularity.Year, null) : ($"{back.Year:D4}-{back.Month:D2}", DateGranularity.Month, null);
                }
                return Relative(e.Unit!.Value, e.Offset, a);
            }
            case DateKind.Time:
            {
                if (e.Recurring) return (null, DateGranularity.Recurring, null);
                var day = dayBefore ?? today;
                if (day is not { } d) return Unresolved;
                // A clock time local to a place keeps the day the text gives it, in that place's offset on that day.
                var minutes = e.ZoneMinutes
                    ?? (e.ZoneId is { } id ? PlaceZones.OffsetMinutes(id, d, e.Hour!.Value, e.Minute!.Value)
                        : e.ZoneUnknown ? null : (int)Jakarta.TotalMinutes);
                return ($"{Iso(d)}T{e.Hour:D2}:{e.Minute:D2}{OffsetText(minutes)}", DateGranularity.Time, null);
            }
            default:
                return Unresolved;
        }
    }

    private static readonly (string?, DateGranularity, DateOnly?) Unresolved = (null, DateGranularity.Unresolved, null);

    /// <summary>The day for a day-month (and optional year and day name) under the rules above.</summary>
    public static DateOnly? DayOf(int? year, int month, int day, int? weekday, DateDirection direction, DateOnly? anchor)
    {
        if (year is { } y)
        {
            // "Minggu (31/12/2018)" in a report of 1 January 2018: a year that slipped by one, when the weekday fits
            // the neighbouring year near publication and the stated date lies far from it.
            if (weekday is { } w0 && anchor is { } a0 && Make(y, month, day) is { } stated && IsoDay(stated) != w0)
            {
                if (Math.Abs(stated.DayNumber - a0.DayNumber) > WeekdayFitReachDays)
                    foreach (var yy in new[] { y - 1, y + 1 })
                        if (Make(yy, month, day) is { } c && IsoDay(c) == w0 && Math.Abs(c.DayNumber - a0.DayNumber) <= SlipDaysBefore) return c;
                // "Selasa (2/2/2018)" in a report of 2 January 2018: the month slipped, the year and weekday hold.
                if (NearSlip(day, month, w0, direction, a0) is { } slip && slip.Year == y && IsoDay(slip) == w0) return slip;
            }
            return Make(y, month, day);
        }
        if (anchor is not { } a) return null;
        if (weekday is { } wd)
        {
            // The year within one of publication where the date falls on the stated day, nearest to publication.
            DateOnly? best = null;
            for (var yy = a.Year - 1; yy <= a.Year + 1; yy++)
                if (Make(yy, month, day) is { } c && IsoDay(c) == wd && (best is null || Math.Abs(c.DayNumber - a.DayNumber) < Math.Abs(best.Value.DayNumber - a.DayNumber)))
                    best = c;
            if (best is { } b && Math.Abs(b.DayNumber - a.DayNumber) <= WeekdayFitReachDays) return b;
            // A news report's "Senin (26/9)" with no year is about days around publication: when no such date fits
            // near it, the text has a slip (a wrong weekday, month or order). A day near publication that keeps the day
            // and weekday ("Minggu (19/10)" for 19 November), or the weekday with day and month swapped ("Sabtu (1/6)"
            // for 6 January), is meant; else the stated day and month near publication (the weekday slipped).
            if (NearSlip(day, month, wd, direction, a) is { } slip) return slip;
            if (best is not null) return best;
        }
        var candidate = Make(a.Year, month, day) ?? Make(a.Year - 1, month, day) ?? Make(a.Year + 1, month, day);
        if (candidate is not { } cd) return null;
        if (direction == DateDirection.Nearest)
            return new[] { Make(cd.Year - 1, month, day), cd, Make(cd.Year + 1, month, day) }
                .Where(c => c is not null).MinBy(c => Math.Abs(c!.Value.DayNumber - a.DayNumber));
        if (direction is DateDirection.Future or DateDirection.Next)
        {
            // A date a few days before the stamp is the writer's "upcoming" date: stamps lag the writing.
            if (cd < a && a.DayNumber - cd.DayNumber <= PublicationLagDays) return cd;
            return cd < a ? Make(cd.Year + 1, month, day) ?? cd : cd;
        }
        if (direction == DateDirection.Past) return cd >= a ? Make(cd.Year - 1, month, day) ?? cd : cd;
        return cd > a ? Make(cd.Year - 1, month, day) ?? cd : cd;
    }

    /// <summary>How far from publication a weekday+date without a year may lie before a slip is suspected.</summary>
    public const int WeekdayFitReachDays = 60;

    /// <summary>The window around publication a slipped weekday+date is looked for in: days before, and days after
    /// (a few for a plain report, whose stamp may lead its writing; more when the text looks ahead; none with "lalu").</summary>
    public const int SlipDaysBefore = 14, SlipDaysAfter = 3, SlipDaysAhead = 14;

    private static DateOnly? NearSlip(int day, int month, int weekday, DateDirection direction, DateOnly anchor)
    {
        DateOnly? sameDay = null, swapped = null, stated = null, truncated = null;
        var before = direction is DateDirection.Future or DateDirection.Next ? 0 : SlipDaysBefore;
        var after = direction switch
        {
            DateDirection.Past => 0,
            DateDirection.Future or DateDirection.Next => SlipDaysAhead,
            _ => SlipDaysAfter,
        };
        for (var n = -before; n <= after; n++)
        {
            var c = anchor.AddDays(n);
            var fits = IsoDay(c) == weekday;
            if (c.Day == day && c.Month == month) stated ??= c;
            else if (fits && c.Day == day) sameDay ??= c;
            else if (fits && c.Day == month && c.Month == day) swapped ??= c;
            // "Rabu (2/6)" in a report of Wednesday 28 June: the day's second digit fell out.
            else if (fits && c.Month == month && day < 10 && c.Day / 10 == day && (truncated is not { } t || Math.Abs(n) < Math.Abs(t.DayNumber - anchor.DayNumber))) truncated = c;
        }
        return sameDay ?? swapped ?? stated ?? truncated;
    }

    private static (int Year, int Month)? MonthOf(int? year, int month, DateDirection direction, DateOnly? anchor)
    {
        if (year is { } y) return (y, month);
        if (anchor is not { } a) return null;
        return direction switch
        {
            DateDirection.Future => (month < a.Month ? a.Year + 1 : a.Year, month),
            DateDirection.Next => (month <= a.Month ? a.Year + 1 : a.Year, month),
            DateDirection.Past => (month >= a.Month ? a.Year - 1 : a.Year, month),
            // The month nearest publication: up to six months either side.
            DateDirection.Nearest => (month - a.Month > 6 ? a.Year - 1 : a.Month - month > 6 ? a.Year + 1 : a.Year, month),
            _ => (month > a.Month ? a.Year - 1 : a.Year, month),
        };
    }

    // "+07:00", "-08:00", "+05:30"; nothing for a local time whose offset is unknown ("2017-09-07T10:30").
    private static string OffsetText(int? minutes) =>
        minutes is not { } m ? "" : $"{(m >= 0 ? '+' : '-')}{Math.Abs(m) / 60:D2}:{Math.Abs(m) % 60:D2}";

    private static (string?, DateGranularity, DateOnly?) ResolvePart(DateExpression e, DateOnly? anchor, DateOnly? today)
    {
        (int Year, int Month)? month = null;
        int? year = e.Year;
        if (e.Weekend)
        {
            if (today is not { } wa) return Unresolved;
            var saturday = wa.AddDays(6 - IsoDay(wa)).AddDays(7 * e.Offset);
            return ($"{Iso(saturday)}/{Iso(saturday.AddDays(1))}", DateGranularity.Range, null);
        }
        if (e.WeekStart)
        {
            if (today is not { } wm) return Unresolved;
            var monday = wm.AddDays(1 - IsoDay(wm)).AddDays(7 * e.Offset);
            return ($"{Iso(monday)}/{Iso(monday.AddDays(1))}", DateGranularity.Range, null);
        }
        if (e.Month is { } m && e.Unit == CalendarUnit.Year && year is null)
        {
            if (today is not { } ya) return Unresolved;
            month = (ya.Year + e.Offset, m);
        }
        else if (e.Month is { } m2) month = MonthOf(e.Year, m2, e.Direction, anchor);
        else if (e.Unit is { } unit)
        {
            if (today is not { } a) return Unresolved;
            if (unit == CalendarUnit.Month) { var x = a.AddMonths(e.Offset); month = (x.Year, x.Month); }
            else if (unit == CalendarUnit.Week) return Unresolved;
            else year = a.Year + e.Offset;
        }
        if (e.PartDays is { } days && month is { } ym)
        {
            var last = Math.Min(days.To, DateTime.DaysInMonth(ym.Year, ym.Month));
            return ($"{ym.Year:D4}-{ym.Month:D2}-{days.From:D2}/{ym.Year:D4}-{ym.Month:D2}-{last:D2}", DateGranularity.Range, null);
        }
        if (e.PartMonths is { } months && year is { } yr)
            return ($"{yr:D4}-{months.From:D2}/{yr:D4}-{months.To:D2}", DateGranularity.Range, null);
        return Unresolved;
    }

    private static DateOnly WeekdayOf(int weekday, DateDirection direction, DateOnly a)
    {
        var back = (IsoDay(a) - weekday + 7) % 7;
        return direction switch
        {
            DateDirection.Future => a.AddDays((weekday - IsoDay(a) + 7) % 7),
            DateDirection.Next => a.AddDays((weekday - IsoDay(a) + 7) % 7 == 0 ? 7 : (weekday - IsoDay(a) + 7) % 7),
            DateDirection.Past => a.AddDays(-(back == 0 ? 7 : back)),
            _ => a.AddDays(-back),
        };
    }

    private static (string?, DateGranularity, DateOnly?) Relative(CalendarUnit unit, int offset, DateOnly a)
    {
        switch (unit)
        {
            case CalendarUnit.Day:
            {
                var d = a.AddDays(offset);
                return (Iso(d), DateGranularity.Day, d);
            }
            case CalendarUnit.Week:
            {
                var monday = a.AddDays(1 - IsoDay(a)).AddDays(7 * offset);
                return ($"{Iso(monday)}/{Iso(monday.AddDays(6))}", DateGranularity.Week, null);
            }
            case CalendarUnit.Month:
            {
                var m = a.AddMonths(offset);
                return ($"{m.Year:D4}-{m.Month:D2}", DateGranularity.Month, null);
            }
            default:
                return ($"{a.Year + offset:D4}", DateGranularity.Year, null);
        }
    }

    /// <summary>ISO weekday: Monday 1 … Sunday 7.</summary>
    public static int IsoDay(DateOnly d) => d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek;

    private static DateOnly? Make(int y, int m, int d) =>
        y is >= 1 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;

    /// <summary>ISO 8601 calendar date.</summary>
    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
