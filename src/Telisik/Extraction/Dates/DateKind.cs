namespace Telisik.Extraction.Dates;

/// <summary>The shape of a time expression, which decides how it is resolved.</summary>
internal enum DateKind
{
    /// <summary>A day: 24 Oktober 2024, Jumat (18/10), 2017-05-12, October 24.</summary>
    Day,
    /// <summary>Days of one month: 12-14 Oktober.</summary>
    DayRange,
    /// <summary>A month: Oktober 2024, bulan Oktober.</summary>
    Month,
    /// <summary>Part of a month or a year: awal hingga pertengahan Oktober, akhir 2017.</summary>
    Part,
    /// <summary>A year or years: tahun 2017, 2016-2017.</summary>
    Year,
    /// <summary>A day name alone: hari Rabu, Kamis malam.</summary>
    Weekday,
    /// <summary>Relative to publication: kemarin, pekan lalu, dua hari lalu.</summary>
    Relative,
    /// <summary>A clock time: pukul 10.00 WIB.</summary>
    Time,
}
