using System.Collections.Frozen;
using Telisik.Extraction.Scanning;

namespace Telisik.Extraction.Dates;

/// <summary>
/// The word tables one language needs to read dates: months, day names, relative expressions, units, offsets,
/// month parts, cues and time zones. Loaded once per language from <c>languages/{id,en}/</c>; immutable.
/// </summary>
internal sealed class DateLexicon
{
    private static readonly Lazy<DateLexicon> Indonesian = new(() => new DateLexicon("id"));
    private static readonly Lazy<DateLexicon> English = new(() => new DateLexicon("en"));

    /// <summary>The lexicon for an article language ("en" → English, anything else → Indonesian).</summary>
    public static DateLexicon For(string? language) =>
        DataTables.PackFor(language) == "en" ? English.Value : Indonesian.Value;

    public string Language { get; }
    public PhraseTable<int> Months { get; }
    /// <summary>Full month names (not abbreviations), which may be read even in lower case.</summary>
    public FrozenSet<string> FullMonthNames { get; }
    public PhraseTable<int> Days { get; }
    public PhraseTable<(CalendarUnit Unit, int Offset)> Relative { get; }
    public PhraseTable<int> OffsetWords { get; }
    public PhraseTable<CalendarUnit> Units { get; }
    /// <summary>Parts of a month (days), a year (months) and a decade (years): awal, pertengahan, akhir.</summary>
    public PhraseTable<((int, int) Days, (int, int) Months, (int, int) Years)> Parts { get; }
    /// <summary>"sampai", "hingga", "until": the date after them may lie either side of publication.</summary>
    public PhraseTable<bool> UntilCues { get; }
    public PhraseTable<bool> Cues { get; }
    /// <summary>
    /// "di", "untuk", "ialah": words before a bare year that make it a date only when no measure or count follows it
    /// ("di 2018" is a year; "lebih dari 2000 mg" is not).
    /// </summary>
    public PhraseTable<bool> WeakYearCues { get; }
    /// <summary>Units, percent signs and count words ("mg", "%", "orang"): a four-digit number before one is a quantity, not a year.</summary>
    public FrozenSet<string> CountWords { get; }
    public PhraseTable<bool> DayParts { get; }
    public FrozenSet<string> TimeCues { get; }
    /// <summary>Zone abbreviations after a clock time, as UTC offsets in minutes (WIB 420).</summary>
    public FrozenDictionary<string, int> Zones { get; }
    /// <summary>Words that tell whose clock a time keeps: "waktu setempat", "waktu Hong Kong", "atau", "di".</summary>
    public PhraseTable<ClockZoneRole> ClockZoneWords { get; }
    public FrozenSet<string> FutureCues { get; }
    /// <summary>Words before a clock time that make it recur ("setiap hari"); true for a prefix that needs a day name or part of the day after it ("setiap Jumat").</summary>
    public PhraseTable<bool> RecurrenceCues { get; }
    /// <summary>Words before a range of clock times that make it opening hours ("beroperasi pukul 10.00 - 22.00").</summary>
    public PhraseTable<bool> OpeningCues { get; }
    /// <summary>"memiliki", "bertahan": before "N tahun lagi" they make it a stretch that remains, not a date.</summary>
    public FrozenSet<string> RemainingWords { get; }
    /// <summary>"salat": a bare day name right after it names a prayer, not a day.</summary>
    public FrozenSet<string> DayNameWords { get; }
    public PhraseTable<DateDirection> WeekdayDirections { get; }
    public PhraseTable<DateDirection> MonthDirections { get; }
    /// <summary>"musim" right before a year range, "Liga" heading the name it follows: a season's label (true for the
    /// latter), not a period.</summary>
    public FrozenDictionary<string, bool> SeasonWords { get; }
    /// <summary>Quarters and halves of a year: months covered.</summary>
    public PhraseTable<(int From, int To)> Quarters { get; }

    private DateLexicon(string language)
    {
        Language = language;
        string P(string f) => DataTables.Path(language, f);
        var months = DataTables.Rows(P("months.txt"), 2).ToList();
        Months = new(months.Select(r => (r[0], (int)DataTables.Number("months", r[1]))));
        FullMonthNames = months.GroupBy(r => r[1]).Select(g => g.First()[0]).ToFrozenSet(StringComparer.Ordinal);
        Days = new(DataTables.Rows(P("days.txt"), 2).Select(r => (r[0], (int)DataTables.Number("days", r[1]))));
        Relative = new(DataTables.Rows(P("relative-dates.txt"), 3).Select(r => (r[0], (ParseUnit(r[1]), (int)DataTables.Number("relative-dates", r[2])))));
        OffsetWords = new(DataTables.Rows(P("date-offset-words.txt"), 2).Select(r => (r[0], (int)DataTables.Number("date-offset-words", r[1]))));
        Units = new(DataTables.Rows(P("time-units.txt"), 2).Select(r => (r[0], ParseUnit(r[1]))));
        Parts = new(DataTables.Rows(P("month-parts.txt"), 7).Select(r => (r[0],
            (((int)DataTables.Number("month-parts", r[1]), (int)DataTables.Number("month-parts", r[2])),
             ((int)DataTables.Number("month-parts", r[3]), (int)DataTables.Number("month-parts", r[4])),
             ((int)DataTables.Number("month-parts", r[5]), (int)DataTables.Number("month-parts", r[6]))))));
        UntilCues = new(DataTables.Rows(P("until-cues.txt"), 1).Select(r => (r[0], true)));
        var cues = DataTables.Rows(P("date-cues.txt"), 2).ToList();
        Cues = new(cues.Where(r => r[1] != "weak").Select(r => (r[0], r[1] == "keep")));
        WeakYearCues = new(cues.Where(r => r[1] == "weak").Select(r => (r[0], false)));
        CountWords = DataTables.Rows(P("units.txt"), 2).Select(r => r[0].ToLowerInvariant())
            .Concat(DataTables.Rows(P("classifiers.txt"), 1).Select(r => r[0])).ToFrozenSet(StringComparer.Ordinal);
        DayParts = new(DataTables.Rows(P("day-parts.txt"), 1).Select(r => (r[0], true)));
        TimeCues = DataTables.Rows(P("time-cues.txt"), 1).Select(r => r[0]).ToFrozenSet(StringComparer.Ordinal);
        Zones = DataTables.Rows(P("time-zones.txt"), 2).ToFrozenDictionary(r => r[0], r => (int)Math.Round(DataTables.Number("time-zones", r[1]) * 60), StringComparer.Ordinal);
        ClockZoneWords = new(DataTables.Rows(P("clock-zone-words.txt"), 2).Select(r => (r[0], ParseRole(r[1]))));
        FutureCues = DataTables.Rows(P("future-cues.txt"), 1).Select(r => r[0]).ToFrozenSet(StringComparer.Ordinal);
        var recurrence = DataTables.Rows(P("recurrence-cues.txt"), 2).ToList();
        RecurrenceCues = new(recurrence.Where(r => r[1] != "range").Select(r => (r[0], r[1] switch
        {
            "prefix" => true,
            "cue" => false,
            _ => throw new InvalidDataException($"recurrence-cues.txt: unknown kind '{r[1]}' (cue, prefix or range)."),
        })));
        RemainingWords = DataTables.Rows(P("remaining-words.txt"), 1).Select(r => r[0]).ToFrozenSet(StringComparer.Ordinal);
        DayNameWords = DataTables.Rows(P("day-name-words.txt"), 1).Select(r => r[0]).ToFrozenSet(StringComparer.Ordinal);
        OpeningCues = new(recurrence.Where(r => r[1] == "range").Select(r => (r[0], true)));
        WeekdayDirections = new(DataTables.Rows(P("weekday-suffixes.txt"), 2).Select(r => (r[0], ParseDirection(r[1]))));
        Quarters = new(DataTables.Rows(P("quarters.txt"), 3).Select(r => (r[0], ((int)DataTables.Number("quarters", r[1]), (int)DataTables.Number("quarters", r[2])))));
        MonthDirections = new(DataTables.Rows(P("month-suffixes.txt"), 2).Select(r => (r[0], ParseDirection(r[1]))));
        SeasonWords = DataTables.Rows(P("season-words.txt"), 2).ToFrozenDictionary(r => r[0], r => r[1] switch
        {
            "league" => true,
            "before" => false,
            _ => throw new InvalidDataException($"season-words.txt: unknown kind '{r[1]}' (before or league)."),
        }, StringComparer.Ordinal);
    }

    private static CalendarUnit ParseUnit(string s) => s switch
    {
        "day" => CalendarUnit.Day,
        "week" => CalendarUnit.Week,
        "month" => CalendarUnit.Month,
        "year" => CalendarUnit.Year,
        _ => throw new InvalidDataException($"Unknown calendar unit '{s}'."),
    };

    private static ClockZoneRole ParseRole(string s) => s switch
    {
        "local" => ClockZoneRole.Local,
        "place" => ClockZoneRole.Place,
        "link" => ClockZoneRole.Link,
        "locative" => ClockZoneRole.Locative,
        _ => throw new InvalidDataException($"Unknown clock zone role '{s}'."),
    };

    private static DateDirection ParseDirection(string s) => s switch
    {
        "past" => DateDirection.Past,
        "future" => DateDirection.Future,
        "next" => DateDirection.Next,
        "default" => DateDirection.Default,
        "this" => DateDirection.This,
        _ => throw new InvalidDataException($"Unknown date direction '{s}'."),
    };
}
