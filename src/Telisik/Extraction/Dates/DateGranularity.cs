namespace Telisik.Extraction.Dates;

/// <summary>How precise a resolved date is.</summary>
public enum DateGranularity
{
    /// <summary>A time of day on a known day.</summary>
    Time,
    /// <summary>A single day: YYYY-MM-DD.</summary>
    Day,
    /// <summary>A week.</summary>
    Week,
    /// <summary>A month: YYYY-MM.</summary>
    Month,
    /// <summary>A year: YYYY.</summary>
    Year,
    /// <summary>A range start/end.</summary>
    Range,
    /// <summary>A clock time that recurs (opening hours, a timetable): it anchors no day, so it has no resolution.</summary>
    Recurring,
    /// <summary>Found but not resolvable (no anchor).</summary>
    Unresolved,
}
