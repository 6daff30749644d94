namespace Telisik.Extraction.Dates;

/// <summary>A calendar unit of a relative expression ("dua hari lalu", "pekan depan").</summary>
internal enum CalendarUnit
{
    /// <summary>A day.</summary>
    Day,
    /// <summary>A Monday-to-Sunday week.</summary>
    Week,
    /// <summary>A calendar month.</summary>
    Month,
    /// <summary>A calendar year.</summary>
    Year,
}
