using System.Text.RegularExpressions;
using Telisik.Extraction.Scanning;
using Telisik.Language;

namespace Telisik.Extraction.Dates;

/// <summary>
/// The places whose clocks a clock time may keep (<c>languages/place-time-zones.txt</c>), matched in scanned text,
/// and the UTC offset of a zone on a given local day (from the system's tz database, so daylight saving is right).
/// Loaded once; immutable and thread-safe.
/// </summary>
internal sealed partial class PlaceZones
{
    /// <summary>The table's resource name.</summary>
    public const string TableName = "languages/place-time-zones.txt";

    /// <summary>The zone value of a country that spans several zones.</summary>
    public const string Abroad = "abroad";

    private static readonly Lazy<PlaceZones> Shared = new(() => new PlaceZones(TableName));

    /// <summary>The shipped table.</summary>
    public static PlaceZones Default => Shared.Value;

    private readonly PhraseTable<(PlaceZone Zone, bool AllCapitals)> _places;

    private PlaceZones(string name)
    {
        var entries = new List<(string, (PlaceZone, bool))>();
        var n = 0;
        foreach (var line in LanguageData.ReadLines(name))
        {
            n++;
            var arrow = line.IndexOf("=>", StringComparison.Ordinal);
            var zone = arrow < 0 ? "" : line[(arrow + 2)..].Trim();
            if (arrow < 0 || !(zone == Abroad || ZoneId().IsMatch(zone)))
                throw new InvalidDataException($"{name}: entry {n} ('{line}') needs 'Place | alias => Area/City' or '=> {Abroad}'.");
            var names = line[..arrow].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (names.Length == 0) throw new InvalidDataException($"{name}: entry {n} ('{line}') names no place.");
            var place = new PlaceZone(names[0], zone == Abroad ? null : zone);
            foreach (var alias in names) entries.Add((alias, (place, alias.Length > 1 && alias.All(c => !char.IsLetter(c) || char.IsUpper(c)))));
        }
        _places = new(entries);
    }

    /// <summary>The longest place name at word <paramref name="at"/>, written with a capital ("di Sydney").</summary>
    public bool TryMatch(string text, ScanWord[] words, int at, out PlaceZone place, out int count)
    {
        place = null!;
        count = 0;
        if (!words[at].IsCapitalized(text) || !_places.TryMatch(words, at, out var hit, out var c)) return false;
        // "AS" is the United States only as written: "As" is another word.
        if (hit.AllCapitals)
            foreach (var ch in text.AsSpan(words[at].Start, words[at + c - 1].End - words[at].Start))
                if (char.IsLower(ch)) return false;
        place = hit.Zone;
        count = c;
        return true;
    }

    /// <summary>
    /// The UTC offset in minutes of <paramref name="zoneId"/> at a local time on <paramref name="day"/>, or null when
    /// the system has no tz database entry for it (then the time is given without an offset rather than a wrong one).
    /// </summary>
    public static int? OffsetMinutes(string zoneId, DateOnly day, int hour, int minute)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone)) return null;
        var local = new DateTime(day.Year, day.Month, day.Day, hour % 24, minute, 0, DateTimeKind.Unspecified);
        return (int)zone.GetUtcOffset(local).TotalMinutes;
    }

    [GeneratedRegex("^[A-Z][A-Za-z_]+(/[A-Za-z_+0-9-]+)+$")]
    private static partial Regex ZoneId();
}
