namespace Telisik.Extraction.Dates;

/// <summary>
/// The clock a place keeps: an IANA time zone id (<c>Australia/Sydney</c>), or null for a country that spans several
/// zones (the time is local there, but its offset is unknown). Places in Indonesia are domestic.
/// </summary>
internal sealed record PlaceZone(string Place, string? ZoneId)
{
    /// <summary>Indonesia's own zones: WIB (Asia/Jakarta, Asia/Pontianak), WITA (Asia/Makassar), WIT (Asia/Jayapura).</summary>
    public bool Domestic => ZoneId is "Asia/Jakarta" or "Asia/Pontianak" or "Asia/Makassar" or "Asia/Jayapura";
}
