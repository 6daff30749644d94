using System.Globalization;
using Telisik.Extraction.Figures;
using Telisik.Language;

namespace Telisik.Stories.Report;

/// <summary>
/// Lays a story's figures side by side: claims that count the same thing (one unit family, compatible subjects) form a
/// quantity; a quantity is disputed when two of its claims about the same moment cannot both be true within their
/// qualifiers' tolerance. Claims the text puts at different moments (<c>telah dikerahkan</c> vs <c>akan dikirim</c>)
/// are not in conflict: they are told apart by their tense. Pure and thread-safe.
/// </summary>
public sealed class FigureComparer(UnitFamilies families, FigureRoles roles)
{
    /// <summary>A comparer with the shipped unit families and roles.</summary>
    public static FigureComparer LoadDefault() => new(UnitFamilies.LoadDefault(), FigureRoles.LoadDefault());

    /// <summary>Families whose figures are shares or rates of something: comparable only when their subjects share a word.</summary>
    private static readonly HashSet<string> SubjectBound = ["percent"];

    /// <summary>True when either subject is unknown or they share a word of four letters or more.</summary>
    private static bool ShareWord(string? a, string? b)
    {
        if (string.IsNullOrWhiteSpace(a) || string.IsNullOrWhiteSpace(b)) return true;
        var wa = TextNormalizer.Normalize(a).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 4).ToHashSet();
        return TextNormalizer.Normalize(b).Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => w.Length >= 4 && wa.Contains(w));
    }

    /// <summary>Families of counts of people, which a role (deaths, evacuees, ...) splits further.</summary>
    private static readonly HashSet<string> PeopleFamilies = ["people", "deaths", "soldiers", "count"];

    /// <summary>Relative tolerance of an exact figure (rounding by the outlet).</summary>
    public const double ExactTolerance = 0.02;

    /// <summary>Relative tolerance of an approximate figure ("sekitar", "hampir").</summary>
    public const double AboutTolerance = 0.15;

    /// <summary>Most quantities a report shows.</summary>
    public const int MaxQuantities = 12;

    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "ke", "di", "dari", "untuk", "dalam", "pada", "oleh", "dengan", "yang", "to", "in", "from", "at", "for", "of", "by", "who", "that",
    };

    /// <summary>Groups <paramref name="claims"/> into quantities, disputed and most-claimed first.</summary>
    public IReadOnlyList<QuantityReport> Compare(IReadOnlyList<(FigureClaim Claim, string? Unit, string? Subject)> claims)
    {
        var groups = new List<(string Family, string? Owner, List<(FigureClaim Claim, string? Unit, string? Subject)> Items)>();
        foreach (var c in claims.Where(c => !string.IsNullOrWhiteSpace(c.Unit)))
        {
            var family = families.FamilyOf(c.Unit);
            // "12 orang tewas" vs "7.000 jiwa mengungsi": a count of people is about what happened to them.
            if (PeopleFamilies.Contains(family) && roles.RoleOf(c.Claim.Sentence, c.Claim.Start - c.Claim.SentenceStart, c.Claim.End - c.Claim.SentenceStart) is { } role)
                family = role;
            var owner = Owner(c.Subject);
            var g = groups.FirstOrDefault(g => g.Family == family && (g.Owner is null || owner is null || g.Owner == owner)
                && (!SubjectBound.Contains(family) || g.Items.Any(i => ShareWord(i.Subject, c.Subject))));
            if (g.Items is null) groups.Add((family, owner, [c]));
            else
            {
                g.Items.Add(c);
                if (g.Owner is null && owner is not null) groups[groups.IndexOf(g)] = (g.Family, owner, g.Items);
            }
        }
        return groups
            .Select(g => Report(g.Family, g.Items))
            .OrderByDescending(q => q.Disputed).ThenByDescending(q => q.Claims.Count).ThenBy(q => q.Quantity, StringComparer.Ordinal)
            .Take(MaxQuantities)
            .ToArray();
    }

    private static QuantityReport Report(string family, List<(FigureClaim Claim, string? Unit, string? Subject)> items)
    {
        var claims = items.Select(i => i.Claim).OrderBy(c => c.Published ?? DateTimeOffset.MaxValue).ThenBy(c => c.ArticleId, StringComparer.Ordinal).ThenBy(c => c.Start).ToArray();
        var conflicts = new List<string>();
        for (var i = 0; i < claims.Length; i++)
            for (var j = i + 1; j < claims.Length; j++)
                if (Conflict(claims[i], claims[j]))
                    conflicts.Add($"{Describe(claims[i])} vs {Describe(claims[j])}");
        var subject = items.Select(i => i.Subject).OfType<string>().GroupBy(s => TextNormalizer.Normalize(s))
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key.Length).Select(g => g.First()).FirstOrDefault();
        var unit = items.Select(i => i.Unit!).GroupBy(u => u, StringComparer.OrdinalIgnoreCase).OrderByDescending(g => g.Count()).First().Key;
        return new QuantityReport(subject ?? unit, family, conflicts.Count > 0, conflicts, claims);
    }

    /// <summary>True when the two claims speak of the same moment and their ranges do not overlap.</summary>
    public static bool Conflict(FigureClaim a, FigureClaim b)
    {
        var sameMoment = a.Tense == b.Tense || a.Tense == FigureTense.Unspecified || b.Tense == FigureTense.Unspecified;
        if (!sameMoment) return false;
        var (aLo, aHi) = Interval(a);
        var (bLo, bHi) = Interval(b);
        return aHi < bLo || bHi < aLo;
    }

    /// <summary>The values a claim allows, given its qualifier.</summary>
    public static (double Low, double High) Interval(FigureClaim c) => c.Approx switch
    {
        Approximation.AtLeast => (c.Value * (c.Exclusive ? 1.0000001 : 1.0), double.PositiveInfinity),
        Approximation.AtMost => (0, c.Value),
        Approximation.Range => (c.Value, c.ValueMax ?? c.Value),
        Approximation.About => (c.Value * (1 - AboutTolerance), c.Value * (1 + AboutTolerance)),
        _ => (c.Value * (1 - ExactTolerance), c.Value * (1 + ExactTolerance)),
    };

    /// <summary>"at least 3,000 (John Kirby, Konteks)".</summary>
    public static string Describe(FigureClaim c)
    {
        var tense = c.Tense == FigureTense.Unspecified ? "" : $", {c.Tense.ToString().ToLowerInvariant()}";
        return $"{DescribeValue(c)} ({c.Source ?? "unattributed"}, {c.Outlet ?? c.ArticleId}{tense})";
    }

    /// <summary>The value with its qualifier: "at least 3,000", "about 1,500", "7,000–8,000".</summary>
    public static string DescribeValue(FigureClaim c)
    {
        var v = c.Value.ToString("#,0.##", CultureInfo.InvariantCulture);
        return c.Approx switch
        {
            Approximation.AtLeast => (c.Exclusive ? "more than " : "at least ") + v,
            Approximation.AtMost => "up to " + v,
            Approximation.About => "about " + v,
            Approximation.Range => $"{v}–{(c.ValueMax ?? c.Value).ToString("#,0.##", CultureInfo.InvariantCulture)}",
            _ => v,
        };
    }

    /// <summary>The owner named right after the counted noun ("tentara Korea Utara di Rusia" → "korea utara"); null when none.</summary>
    public static string? Owner(string? subject)
    {
        if (string.IsNullOrWhiteSpace(subject)) return null;
        var words = subject.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // Indonesian puts the owner after the counted noun; a subject that opens with a name ("North Korean
        // troops") names no owner this rule can read.
        if (char.IsUpper(words[0][0])) return null;
        var owner = new List<string>();
        for (var i = 1; i < words.Length; i++)
        {
            if (Prepositions.Contains(words[i])) break;
            if (!char.IsUpper(words[i][0])) { if (owner.Count > 0) break; continue; }
            owner.Add(words[i]);
        }
        return owner.Count == 0 ? null : TextNormalizer.Normalize(string.Join(' ', owner));
    }
}
