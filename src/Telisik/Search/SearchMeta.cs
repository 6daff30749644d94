using System.Globalization;
using System.Text;
using Telisik.Language;

namespace Telisik.Search;

/// <summary>
/// Index terms for an article's metadata (outlet, month and year of publication, entity names), so that a full-text
/// index can intersect selective filters with words instead of checking every match afterwards. Each term is one
/// token: <see cref="Marker"/>, a one-letter kind and letters or digits (<c>◊okompascom</c>, <c>◊m201710</c>,
/// <c>◊y2017</c>, <c>◊ejohnkirby</c>, with ◊ standing for the marker). The marker is a private-use character: a
/// token character to FTS5's unicode61 tokenizer, but never part of a word the tokenizer gives, so no query word can
/// equal a metadata term and word queries need no column filter (which doubles FTS5's ranking cost).
/// Language is not a term: a filter that passes most articles is cheaper to check on each match than to intersect.
/// </summary>
public static class SearchMeta
{
    /// <summary>The first character of every metadata term (U+E000, private use).</summary>
    public const char Marker = '\uE000';

    /// <summary>Ranges longer than this many months are covered by whole years where they can be.</summary>
    private const int MonthsBeforeYears = 12;

    /// <summary>The metadata terms of one article, space-separated.</summary>
    public static string Terms(string? outlet, DateTimeOffset? published, IEnumerable<string> entityNames)
    {
        var terms = new List<string>();
        if (outlet is not null && OutletTerm(outlet) is { } o) terms.Add(o);
        if (published is { } p)
        {
            var utc = p.UtcDateTime;
            terms.Add(YearTerm(utc.Year));
            terms.Add(MonthTerm(utc.Year, utc.Month));
        }
        foreach (var name in entityNames)
            if (EntityTerm(name) is { } e && !terms.Contains(e)) terms.Add(e);
        return string.Join(' ', terms);
    }

    /// <summary>The term of an outlet name; null when the name has no letters or digits.</summary>
    public static string? OutletTerm(string outlet) => Fold(outlet) is { Length: > 0 } o ? $"{Marker}o{o}" : null;

    /// <summary>The term of an entity name or alias (case, accents, spaces and punctuation do not matter).</summary>
    public static string? EntityTerm(string name) => Fold(name) is { Length: > 0 } e ? $"{Marker}e{e}" : null;

    /// <summary>
    /// Year and month terms that together cover every publication instant in [<paramref name="from"/>,
    /// <paramref name="to"/>) (UTC): a coarse pre-filter, the exact bounds are still checked. Callers clip open
    /// ranges to the store's span first. Empty when the range is empty.
    /// </summary>
    public static IReadOnlyList<string> MonthRange(DateTimeOffset from, DateTimeOffset to)
    {
        var terms = new List<string>();
        if (to <= from) return terms;
        var start = new DateTime(from.UtcDateTime.Year, from.UtcDateTime.Month, 1, 0, 0, 0, DateTimeKind.Utc);
        var last = to.UtcDateTime.AddTicks(-1);
        var end = new DateTime(last.Year, last.Month, 1, 0, 0, 0, DateTimeKind.Utc);
        var months = (end.Year - start.Year) * 12 + end.Month - start.Month + 1;
        for (var m = start; m <= end;)
        {
            if (months > MonthsBeforeYears && m.Month == 1 && end >= m.AddMonths(11))
            {
                terms.Add(YearTerm(m.Year));
                m = m.AddYears(1);
                continue;
            }
            terms.Add(MonthTerm(m.Year, m.Month));
            m = m.AddMonths(1);
        }
        return terms;
    }

    private static string YearTerm(int year) => $"{Marker}y{year.ToString("0000", CultureInfo.InvariantCulture)}";

    private static string MonthTerm(int year, int month) =>
        $"{Marker}m{year.ToString("0000", CultureInfo.InvariantCulture)}{month.ToString("00", CultureInfo.InvariantCulture)}";

    /// <summary>Lower-cased letters and digits only, accents removed.</summary>
    private static string Fold(string s)
    {
        var normalized = TextNormalizer.Normalize(s);
        var sb = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }
}
