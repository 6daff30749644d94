using System.Globalization;

namespace Telisik.Stories;

/// <summary>The evidence two articles give of being one story: the signals and how the options combine them.</summary>
public sealed partial class StoryClusterer
{
    /// <summary>The combined score of two articles in [0, ~2].</summary>
    private double Similarity(ArticleState x, ArticleState y) => Evidence(x, y).Score;

    /// <summary>The signals of a pair and their combined score; <paramref name="full"/> also computes those the options
    /// ignore (for diagnostics).</summary>
    private PairEvidence Evidence(ArticleState x, ArticleState y, bool full = false)
    {
        var o = _options;
        var terms = SparseVector.Dot(x.Terms, x.TermWeights, y.Terms, y.TermWeights);
        var entities = SparseVector.Dot(x.Entities, x.EntityWeights, y.Entities, y.EntityWeights);
        var figures = Overlap(x.Figures, y.Figures);
        var specific = Shared(x.SpecificFigures, y.SpecificFigures);
        var quote = Overlap(x.Quotes, y.Quotes) > 0;
        var dates = full || o.LeadDatesDifferFactor != 1 || o.NoSharedDateFactor != 1 ? Dates(x, y) : DateAgreement.Unknown;
        // Names shared without shared event words are the same people in another event: the entity signal counts in
        // full only once the term vectors agree on what happened.
        var entityGate = o.EntityTermGate > 0 ? Math.Min(1, terms / o.EntityTermGate) : 1;
        var score = o.TermWeight * terms + o.EntityWeight * entities * entityGate
                    + o.FigureWeight * figures + (quote ? o.QuoteWeight : 0);
        score *= dates switch
        {
            DateAgreement.LeadsDiffer => o.LeadDatesDifferFactor,
            DateAgreement.NoneShared => o.NoSharedDateFactor,
            _ => 1,
        };
        var apart = (x.Published - y.Published).Duration();
        // A continuation repeats the story's specific figures: a development reported days later, not a new event.
        if (!IsContinuation(x, y, specific, apart)) score *= Math.Exp(-apart.TotalSeconds / o.TimeScale.TotalSeconds);
        return new PairEvidence(terms, entities, figures, specific, quote, dates, apart, score);
    }

    /// <summary>True when <paramref name="y"/> is a candidate beyond the window only because <paramref name="x"/> continues it.</summary>
    private bool Continues(ArticleState x, ArticleState y) =>
        IsContinuation(x, y, Shared(x.SpecificFigures, y.SpecificFigures), (x.Published - y.Published).Duration());

    /// <summary>
    /// A pair from two outlets that shares at least <see cref="StoryOptions.ContinuationFigures"/> specific figures
    /// (12,000 troops and 1,500 already deployed; Rp 1.2 trillion) within <see cref="StoryOptions.ContinuationWindow"/>:
    /// a later report of the same development, compared without time decay and beyond <see cref="StoryOptions.Window"/>.
    /// Within one outlet repeated numbers are often its template (image sizes, hotlines), so the outlets must differ.
    /// </summary>
    private bool IsContinuation(ArticleState x, ArticleState y, int sharedSpecificFigures, TimeSpan apart) =>
        _options.ContinuationFigures > 0 && sharedSpecificFigures >= _options.ContinuationFigures && apart <= _options.ContinuationWindow
        && !string.Equals(x.Outlet, y.Outlet, StringComparison.OrdinalIgnoreCase);

    /// <summary>What the two articles' resolved days say (see <see cref="DateAgreement"/>), within <see cref="StoryOptions.DateTolerance"/>.</summary>
    private DateAgreement Dates(ArticleState x, ArticleState y)
    {
        if (x.Days.Length == 0 || y.Days.Length == 0) return DateAgreement.Unknown;
        var tolerance = _options.DateTolerance;
        if (AnyNear(x.Days, y.Days, tolerance)) return DateAgreement.Shared;
        return x.LeadDays.Length > 0 && y.LeadDays.Length > 0 ? DateAgreement.LeadsDiffer : DateAgreement.NoneShared;
    }

    private static bool AnyNear(int[] a, int[] b, int tolerance)
    {
        foreach (var d in a)
            foreach (var e in b)
                if (Math.Abs(d - e) <= tolerance) return true;
        return false;
    }

    /// <summary>How many keys two ascending arrays share.</summary>
    private static int Shared(ulong[] x, ulong[] y) => Dedup.CopyFingerprinter.SharedCount<ulong>(x, y);

    /// <summary>The evidence two articles give of being one story, scored with this clusterer's options and its
    /// current frequencies (a diagnostic: the articles need not be in the clusterer).</summary>
    public PairEvidence Compare(ArticleFeatures a, ArticleFeatures b) => Evidence(Build(a, -1), Build(b, -1), full: true);

    /// <summary>Shared keys over the smaller set's size.</summary>
    private static double Overlap(ulong[] x, ulong[] y) =>
        x.Length == 0 || y.Length == 0 ? 0 : (double)Shared(x, y) / Math.Min(x.Length, y.Length);

    /// <summary>
    /// The value of a figure key ("12000 tentara") when it is specific enough to identify an event that two reports
    /// share, else null. The unit is dropped (outlets write 12.000 tentara, personel or prajurit). Specific: a fraction
    /// (57,8 persen) or a value of at least <see cref="SpecificFigureMinimum"/> with two or more significant digits
    /// (12.000, 1.500, Rp 1,2 triliun); round values (1.000 orang, Rp 500 juta) and small counts recur across events.
    /// </summary>
    internal static string? SpecificValue(string figureKey)
    {
        var space = figureKey.IndexOf(' ');
        var value = space < 0 ? figureKey : figureKey[..space];
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || v <= 0) return null;
        if (v != Math.Floor(v)) return value;
        if (v < SpecificFigureMinimum) return null;
        while (v >= 10 && v % 10 == 0) v /= 10; // strip trailing zeros: 12000 -> 12
        return v >= 10 ? value : null;
    }

    /// <summary>Smallest whole value of a specific figure: below it, counts recur across unrelated events.</summary>
    private const double SpecificFigureMinimum = 100;

    private static int[] DayNumbers(IReadOnlyList<string> days)
    {
        var n = new List<int>(days.Count);
        foreach (var d in days)
            if (DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) n.Add(day.DayNumber);
        n.Sort();
        return n.ToArray();
    }
}
