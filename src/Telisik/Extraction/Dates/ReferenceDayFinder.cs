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
/// call it upcoming ("akan bentrok ... pada hari Sabtu (22/7)" announces a day, it does not report one);</item>
/// <item>with none of these, a stamp in the small hours (00:00-05:59 in Jakarta) is not the writer's day: news is not
/// written then, and of the 32 IndoSum articles so stamped whose text states its own day ("hari ini (19/5)"), none
/// names the stamp's day (15 the day before, 17 two days before); the writer's day is taken as the day before. This is
/// a prior about stamps, not evidence in the text, and the correction says so.</item>
/// </list>
/// Evidence 1 inside a statement that the text dates to its own day (<see cref="StatementDays"/>) is the speaker's day,
/// not the writer's, and is not used.
/// A reference day is never after the stamp's day, and stated evidence that agrees with the stamp keeps it. Pure.
/// </summary>
internal static class ReferenceDayFinder
{
    /// <summary>Most days a reported day (evidence 2 and 3) may lie before the stamp and still be the writer's day.</summary>
    public const int LagDays = 2;

    /// <summary>Most days an explicit "hari ini (19/5)" may lie before the stamp.</summary>
    public const int StatedLagDays = 7;

    /// <summary>A stamp before this hour (Jakarta) is in the small hours, when news is not written.</summary>
    public const int SmallHoursEnd = 6;

    /// <summary>
    /// The writer's day, or null when the stamp's day stands. <paramref name="publishedTime"/> is the stamp's time of
    /// day in Jakarta, when known.
    /// </summary>
    public static ReferenceDay? Find(string text, IReadOnlyList<DateExpression> expressions, DateOnly published, TimeOnly? publishedTime = null,
        IReadOnlyList<StatementDay>? statements = null)
    {
        // "besok (Jumat, 21 April)" inside a statement dated to its own day states the speaker's today, not the writer's.
        if (statements is { Count: > 0 }) expressions = expressions.Where(e => StatementDays.Holding(statements, e) is null || e.DeicticOffset is null).ToList();
        var stated = Latest(Stated(text, expressions, published), published, StatedLagDays);
        if (stated is not null) return stated.Value.Day == published ? null : new ReferenceDay(stated.Value.Day, published, stated.Value.Why);
        var reported = Latest(Reported(text, expressions, published), published, LagDays);
        if (reported is { } r) return r.Day != published ? new ReferenceDay(r.Day, published, r.Why) : null;
        return publishedTime is { } t && t.Hour < SmallHoursEnd
            ? new ReferenceDay(published.AddDays(-1), published, $"the day before a stamp in the small hours, {t:HH:mm}")
            : null;
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
            if (e.Kind == DateKind.Day && !e.Upcoming && DayOf(e, published) is { } d) yield return (d, Why(text, e.Start, e.End));
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
