namespace Telisik.Extraction.Dates;

/// <summary>
/// Tells, per outlet, whether its publication stamps labelled UTC in fact keep Jakarta wall-clock time, a common crawl
/// fault (in IndoSum, a late "Z" stamp falls on the same calendar day as the text's own "Jumat (18/10)" 252 times and
/// on the Jakarta day only 26 times). Evidence comes from stamps between 17:00 and 24:00 UTC, where the two readings
/// name different days: the first day the text dates with its day name ("Jumat (18/10)", "Kamis, 24 Oktober 2024")
/// that equals one of them votes for that reading. An outlet reads as local time only with at least
/// <see cref="MinVotes"/> votes of which <see cref="MinShare"/> say so. An outlet with fewer votes of its own follows
/// the whole collection's votes, judged the same way: the fault comes from whoever gathered the collection (a crawler
/// that dropped the zone), not from one outlet, so an outlet that rarely dates its own day shares its neighbours'
/// stamps. Not thread-safe; observe, then ask.
/// </summary>
public sealed class StampCalibration
{
    /// <summary>Fewest votes on which an outlet's stamps are judged.</summary>
    public const int MinVotes = 10;

    /// <summary>Share of votes for local time that makes an outlet's stamps local.</summary>
    public const double MinShare = 0.8;

    /// <summary>First UTC hour at which a UTC stamp and the same clock read in Jakarta fall on different days.</summary>
    public const int FirstSplitHour = 17;

    private readonly Dictionary<string, (int Local, int Utc)> _votes = new(StringComparer.Ordinal);
    private (int Local, int Utc) _collection;

    /// <summary>Counts the evidence of one article (none when its stamp or text settles nothing).</summary>
    public void Observe(string? outlet, DateTimeOffset? stamp, string text, string? language)
    {
        if (stamp is not { } s || Vote(s, text, language) is not { } local) return;
        var key = outlet ?? "";
        var (l, u) = _votes.GetValueOrDefault(key);
        _votes[key] = local ? (l + 1, u) : (l, u + 1);
        _collection = local ? (_collection.Local + 1, _collection.Utc) : (_collection.Local, _collection.Utc + 1);
    }

    /// <summary>Whether <paramref name="outlet"/>'s stamps keep Jakarta wall-clock time under a UTC label.</summary>
    public bool ReadsLocal(string? outlet) => Local(OwnEvidence(outlet) ?? _collection);

    /// <summary>The collection's verdict: what an outlet without enough evidence of its own follows.</summary>
    public StampVerdict Collection => new(null, _collection.Local, _collection.Utc, Local(_collection), FromCollection: true);

    /// <summary>Every outlet with evidence: votes for each reading and the verdict, by outlet name.</summary>
    public IReadOnlyList<StampVerdict> Verdicts() =>
        _votes.OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => new StampVerdict(kv.Key.Length == 0 ? null : kv.Key, kv.Value.Local, kv.Value.Utc, ReadsLocal(kv.Key),
                FromCollection: OwnEvidence(kv.Key) is null)).ToList();

    private (int Local, int Utc)? OwnEvidence(string? outlet) =>
        _votes.TryGetValue(outlet ?? "", out var v) && v.Local + v.Utc >= MinVotes ? v : null;

    private static bool Local((int Local, int Utc) v) => v.Local + v.Utc >= MinVotes && v.Local >= MinShare * (v.Local + v.Utc);

    /// <summary>The stamp's clock read as Jakarta time (its zone label dropped): 2017-03-28T20:00Z → 2017-03-28T20:00+07:00.</summary>
    public static DateTimeOffset AsJakarta(DateTimeOffset stamp) =>
        new(DateTime.SpecifyKind(stamp.UtcDateTime, DateTimeKind.Unspecified), DateResolver.Jakarta);

    /// <summary>
    /// The vote of one article: true when its text dates the stamp's UTC calendar day, false when it dates the Jakarta
    /// day, null when the stamp is not a late UTC one or the text dates neither.
    /// </summary>
    public static bool? Vote(DateTimeOffset stamp, string text, string? language)
    {
        if (stamp.Offset != TimeSpan.Zero || stamp.Hour < FirstSplitHour) return null;
        var utcDay = DateOnly.FromDateTime(stamp.UtcDateTime);
        var jakartaDay = utcDay.AddDays(1);
        foreach (var e in DateReader.Read(text, language))
        {
            if (e is not { Kind: DateKind.Day, Weekday: { } weekday, Month: { } month, Day: { } day }) continue;
            if (Names(utcDay, day, month, e.Year, weekday)) return true;
            if (Names(jakartaDay, day, month, e.Year, weekday)) return false;
        }
        return null;
    }

    private static bool Names(DateOnly d, int day, int month, int? year, int weekday) =>
        d.Day == day && d.Month == month && (year is null || year == d.Year) && DateResolver.IsoDay(d) == weekday;
}

/// <summary>
/// One outlet's stamp evidence: votes for Jakarta wall-clock time and for true UTC, and the verdict, which comes from the
/// whole collection when the outlet's own votes are too few.
/// </summary>
public sealed record StampVerdict(string? Outlet, int LocalVotes, int UtcVotes, bool ReadsLocal, bool FromCollection = false);
