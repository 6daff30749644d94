namespace Telisik.Extraction.Dates;

/// <summary>
/// A time expression as read, before resolution: <c>text[Start..End]</c> and the parts the text states. Fields a
/// kind does not use stay null.
/// </summary>
internal sealed record DateExpression(DateKind Kind, int Start, int End)
{
    public int? Year { get; init; }
    public int? Month { get; init; }
    public int? Day { get; init; }
    /// <summary>ISO weekday (Monday = 1) when a day name is stated.</summary>
    public int? Weekday { get; init; }
    /// <summary>Range ends: last day (DayRange), last year (Year), last month part.</summary>
    public int? EndDay { get; init; }
    public int? EndYear { get; init; }
    /// <summary>Last month of a month range ("September hingga Oktober 2017") or of a day range across months
    /// ("30 Oktober - 2 November").</summary>
    public int? EndMonth { get; init; }
    /// <summary>"akhir pekan ini": the Saturday and Sunday of the week <see cref="Offset"/> weeks from publication.</summary>
    public bool Weekend { get; init; }
    /// <summary>"awal pekan ini": the Monday and Tuesday of the week <see cref="Offset"/> weeks from publication.</summary>
    public bool WeekStart { get; init; }
    /// <summary>Part of a month (days) or of a year (months): first and last.</summary>
    public (int From, int To)? PartDays { get; init; }
    public (int From, int To)? PartMonths { get; init; }
    /// <summary>A relative unit ("pekan lalu"), also of a day name in a relative week ("Kamis pekan depan").</summary>
    public CalendarUnit? Unit { get; init; }
    public int Offset { get; init; }
    public int? Hour { get; init; }
    public int? Minute { get; init; }
    /// <summary>UTC offset in minutes stated by a zone (WIB 420, WITA 480, GMT 0) or read off an equivalent zoned time.</summary>
    public int? ZoneMinutes { get; init; }
    /// <summary>IANA zone of the place a clock time is local to ("pukul 15.10 waktu setempat" in Sydney).</summary>
    public string? ZoneId { get; init; }
    /// <summary>A clock time local to a place abroad whose zone the text does not settle: it gets no offset.</summary>
    public bool ZoneUnknown { get; init; }
    /// <summary>A clock time that recurs ("buka setiap hari mulai pukul 10:00"): it anchors no day.</summary>
    public bool Recurring { get; init; }
    /// <summary>"waktu setempat", "local time" follows the clock time.</summary>
    public bool LocalCue { get; init; }
    /// <summary>"waktu Korea Selatan": the place named after a clock time, as its zone.</summary>
    public PlaceZone? NamedZone { get; init; }
    /// <summary>Word index just past the expression and any zone words after it ("waktu setempat"), for pairing times.</summary>
    public int TrailWord { get; init; }
    /// <summary>"hari ini (19/5)": the day offset of the deictic word the stated date follows (0, -1 for kemarin).</summary>
    public int? DeicticOffset { get; init; }
    public DateDirection Direction { get; init; }
    /// <summary>
    /// A future cue earlier in the sentence, near or far ("akan saling bentrok di Stadion Sarang Burung, Beijing pada
    /// hari Sabtu (22/7)"): the day is announced, not reported, whatever its direction.
    /// </summary>
    public bool Upcoming { get; init; }
    /// <summary>"Jumat (22/2/2018) kemarin": the day offset of a deictic word right after the date (-1, +1).</summary>
    public int? AdjacentDeictic { get; init; }
    /// <summary>"Minggu (9/4) atau Senin dini hari WIB": another name for the day of the expression before it.</summary>
    public bool AlternativeOfPrevious { get; init; }
    /// <summary>"satu setengah tahun lalu": <see cref="Offset"/> counts half units (-3: one and a half back).</summary>
    public bool HalfUnit { get; init; }
    /// <summary>Word index of the expression's first word (for sentence context).</summary>
    public int FirstWord { get; init; }
    /// <summary>Sentence number of the expression (a clock time belongs to the date before it in its sentence).</summary>
    public int Sentence { get; init; }
    /// <summary>Paragraph number (a clock time with no date in its sentence takes one from its paragraph).</summary>
    public int Paragraph { get; init; }
}
