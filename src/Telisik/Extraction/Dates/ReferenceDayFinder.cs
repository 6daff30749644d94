namespace Telisik.Extraction.Dates;

/// <summary>
/// Finds the article's own "today" when its text contradicts the publication stamp. Stamps lag the writing (of the
/// 1,880 IndoSum articles with a "Jumat (18/10)", the latest is one or two days before the stamp's day in 1,520 and on
/// it in 76; no "hari ini (19/5)" falls on the stamp's day), so a careful reader counts "kemarin" from the day the text
/// itself calls today. Evidence, strongest first:
/// <list type="number">
/// <item>a deictic word glued to a date: "hari ini (19/5)", "hari ini, Senin (24/7)", "kemarin (21/5)" (that date
/// minus the word's offset);</item>
/// <item>a deictic word glued to a day name: "hari ini, Kamis", "kemarin, Rabu" (the latest such day);</item>
/// <item>the news convention of dating the day reported, "Jumat (18/10)": the latest day name with a date that the
/// article reports (or "pada Kamis ini"), when it is one or two days before the stamp and its sentence does not
/// call it upcoming;</item>
/// <item>a clock that contradicts a small-hours stamp: an article stamped 01:09 that tells, without a future cue, of
/// something "hari ini" (or in a paragraph naming no day) at 07:00 was written the day before.</item>
/// </list>
/// A reference day is never after the stamp's day, and stated evidence that agrees with the stamp keeps it. Pure.
/// </summary>
internal static class ReferenceDayFinder
{
    /// <summary>Most days a reported day (evidence 2 and 3) may lie before the stamp and still be the writer's day.</summary>
    public const int LagDays = 2;

    /// <summary>Most days an explicit "hari ini (19/5)" may lie before the stamp.</summary>
    public const int StatedLagDays = 7;

    /// <summary>A stamp before this hour (Jakarta) is in the small hours, when little news is written.</summary>
    public const int SmallHoursEnd = 6;

    /// <summary>How much later than a small-hours stamp a clock time must be to contradict it (stamps are rounded).</summary>
    public const int ClockMarginMinutes = 60;

    /// <summary>
    /// The writer's day, or null when the stamp's day stands. <paramref name="publishedTime"/> is the stamp's time of
    /// day in Jakarta, when known.
    /// </summary>
    public static ReferenceDay? Find(string text, IReadOnlyList<DateExpression> expressions, DateOnly published, TimeOnly? publishedTime = null)
    {
        var stated = Latest(Stated(text, expressions, published), published, StatedLagDays);
        if (stated is not null) return stated.Value.Day == published ? null : new ReferenceDay(stated.Value.Day, published, stated.Value.Why);
        var reported = Latest(Reported(text, expressions, published), published, LagDays);
        if (reported is { } r) return r.Day != published ? new ReferenceDay(r.Day, published, r.Why) : null;
        return publishedTime is { } t && LaterClock(text, expressions, t) is { } why
            ? new ReferenceDay(published.AddDays(-1), published, why)
            : null;
    }

    // Evidence 4: "Pagi hari sekitar pukul 07.00 WIB, istrinya membuka pintu ... hari ini" stamped 01:09.
    private static string? LaterClock(string text, IReadOnlyList<DateExpression> expressions, TimeOnly stamp)
    {
        if (stamp.Hour >= SmallHoursEnd) return null;
        var stampMinutes = stamp.Hour * 60 + stamp.Minute;
        for (var k = 0; k < expressions.Count; k++)
        {
            var e = expressions[k];
            if (e.Kind != DateKind.Time || e.Direction != DateDirection.Default || e.ZoneId is not null || e.ZoneUnknown) continue;
            if (e.ZoneMinutes is { } z && z != (int)DateResolver.Jakarta.TotalMinutes) continue;
            if (e.Hour!.Value * 60 + e.Minute!.Value < stampMinutes + ClockMarginMinutes) continue;
            var source = DateResolver.DaySource(expressions, k);
            if (source >= 0 && !(expressions[source] is { Kind: DateKind.Relative, Unit: CalendarUnit.Day, Offset: 0 })) continue;
            return $"{Why(text, e.Start, e.End)} told as past, later in the day than the stamp's {stamp:HH:mm}";
        }
        return null;
    }

    private static (DateOnly Day, string Why)? Latest(IEnumerable<(DateOnly Day, string Why)> evidence, DateOnly published, int lag) =>
        evidence.Where(x => x.Day <= published && published.DayNumber - x.Day.DayNumber <= lag)
            .OrderByDescending(x => x.Day).Cast<(DateOnly, string)?>().FirstOrDefault();

    // Evidence 1 and the explicit form of 2: "hari ini (19/5)", "hari ini, Senin (24/7)", "kemarin, Rabu".
    private static IEnumerable<(DateOnly Day, string Why)> Stated(string text, IReadOnlyList<DateExpression> expressions, DateOnly published)
    {
        for (var k = 0; k < expressions.Count; k++)
        {
            var e = expressions[k];
            if (e.Kind == DateKind.Day && e.DeicticOffset is { } glued && DayOf(e, published) is { } d)
                yield return (d.AddDays(-glued), Why(text, e.Start, e.End));
            if (e.Kind != DateKind.Relative || e.Unit != CalendarUnit.Day || k + 1 >= expressions.Count) continue;
            var next = expressions[k + 1];
            if (!Glued(text, e.End, next.Start)) continue;
            if (next.Kind == DateKind.Day && DayOf(next, published) is { } day)
                yield return (day.AddDays(-e.Offset), Why(text, e.Start, next.End));
            else if (next.Kind == DateKind.Weekday && next.Direction is DateDirection.Default or DateDirection.This)
                yield return (LatestWeekday(next.Weekday!.Value, published).AddDays(-e.Offset), Why(text, e.Start, next.End));
        }
    }

    // Evidence 3 and the short form of 2: "Jumat (18/10)" reported, "pada Kamis ini". A day name alone is no evidence:
    // "sejak Jumat pagi", "diterima di Jakarta, Minggu malam" name the day of an event, not of the writing.
    private static IEnumerable<(DateOnly Day, string Why)> Reported(string text, IReadOnlyList<DateExpression> expressions, DateOnly published)
    {
        foreach (var e in expressions)
        {
            if (e.Weekday is not { } weekday || e.Direction is DateDirection.Future or DateDirection.Next) continue;
            if (e.Kind == DateKind.Day && DayOf(e, published) is { } d) yield return (d, Why(text, e.Start, e.End));
            else if (e.Kind == DateKind.Weekday && e.Direction == DateDirection.This) yield return (LatestWeekday(weekday, published), Why(text, e.Start, e.End));
        }
    }

    private static DateOnly? DayOf(DateExpression e, DateOnly published) =>
        DateResolver.DayOf(e.Year, e.Month!.Value, e.Day!.Value, e.Weekday, e.Direction, published);

    private static DateOnly LatestWeekday(int weekday, DateOnly published)
    {
        var isoDay = published.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)published.DayOfWeek;
        return published.AddDays(-((isoDay - weekday + 7) % 7));
    }

    // Only spaces and a comma between the deictic word and the date: "hari ini, Senin (24/7)".
    private static bool Glued(string text, int from, int to)
    {
        if (to < from || to - from > 3) return false;
        foreach (var c in text.AsSpan(from, to - from)) if (c is not (' ' or ',' or '\u00a0')) return false;
        return true;
    }

    private static string Why(string text, int start, int end) => $"\"{text[start..end]}\" at {start}-{end}";
}
