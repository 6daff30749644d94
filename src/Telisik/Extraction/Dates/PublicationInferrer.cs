using Telisik.Pipeline;

namespace Telisik.Extraction.Dates;

/// <summary>
/// Infers when an undated article was published, from its own absolute dates (24 Oktober 2024) and weekday+date
/// pairs (Jumat (18/10): a year in which 18 October is a Friday), using the publication times of its story
/// neighbours to choose among years. Never invents a date: a weekday+date pair alone fits a year every few years,
/// so without a stated year or a neighbour there is no inference. Pure.
/// </summary>
public static class PublicationInferrer
{
    /// <summary>How far (in days) from the neighbours' publication a weekday+date's year may be chosen.</summary>
    public const int NeighbourWindowDays = 400;

    /// <summary>Infers <paramref name="doc"/>'s publication from its text and its neighbours' publication times.</summary>
    public static PublicationInference Infer(AnalyzedArticle doc, IReadOnlyList<DateTimeOffset> neighbourPublished)
    {
        if (doc.Article.Published is { } stated)
            return new PublicationInference(stated, DateGranularity.Day, false, null, "The article states its publication time.");

        var expressions = DateReader.Read(doc.Text, doc.Article.Language);
        var evidence = new List<(DateOnly Day, string Why)>();
        foreach (var e in expressions)
            if (e.Kind == DateKind.Day && e.Year is { } y && DateResolver.DayOf(y, e.Month!.Value, e.Day!.Value, null, DateDirection.Default, null) is { } d)
                evidence.Add((d, $"{doc.Text[e.Start..e.End]} at {e.Start}-{e.End} → {DateResolver.Iso(d)}"));

        // A reference day to choose weekday+date years by: the latest stated date, else the neighbours' median.
        DateOnly? reference = evidence.Count > 0 ? evidence.Max(x => x.Day) : null;
        var neighbours = neighbourPublished.Select(DateResolver.AnchorDay).OrderBy(x => x).ToList();
        if (reference is null && neighbours.Count > 0) reference = neighbours[neighbours.Count / 2];

        foreach (var e in expressions)
        {
            if (e.Kind != DateKind.Day || e.Year is not null || e.Weekday is not { } wd) continue;
            if (reference is not { } r) continue;
            DateOnly? best = null;
            for (var y = r.Year - 2; y <= r.Year + 2; y++)
            {
                if (DateResolver.DayOf(y, e.Month!.Value, e.Day!.Value, null, DateDirection.Default, null) is not { } c) continue;
                if (IsoDay(c) != wd || Math.Abs(c.DayNumber - r.DayNumber) > NeighbourWindowDays) continue;
                if (best is null || Math.Abs(c.DayNumber - r.DayNumber) < Math.Abs(best.Value.DayNumber - r.DayNumber)) best = c;
            }
            if (best is { } b)
                evidence.Add((b, $"{doc.Text[e.Start..e.End]} at {e.Start}-{e.End} → {DateResolver.Iso(b)} (the {b.DayOfWeek} nearest {DateResolver.Iso(r)})"));
        }

        if (evidence.Count == 0)
        {
            var why = expressions.Any(e => e.Weekday is not null && e.Year is null)
                ? "A weekday+date pair fits several years and nothing (a stated year or a neighbour) chooses one."
                : "The text states no absolute date.";
            return new PublicationInference(null, DateGranularity.Unresolved, true, null, why);
        }
        var latest = evidence.MaxBy(x => x.Day);
        var published = new DateTimeOffset(latest.Day.ToDateTime(TimeOnly.MinValue), DateResolver.Jakarta);
        return new PublicationInference(published, DateGranularity.Month, true, string.Join("; ", evidence.Select(x => x.Why)),
            $"Published on or after {DateResolver.Iso(latest.Day)}, the latest date the article reports.");
    }

    /// <summary>
    /// Records an inference on <paramref name="doc"/> (Published and PublishedInferredFrom) and re-resolves its
    /// dates against it. Does nothing when the inference found nothing or the article stated its own time.
    /// </summary>
    public static void Apply(AnalyzedArticle doc, PublicationInference inference, DateStage dates)
    {
        if (!inference.Inferred || inference.Published is not { } p) return;
        doc.Article = doc.Article with { Published = p, PublishedInferredFrom = inference.Evidence };
        dates.Resolve(doc, p);
    }

    private static int IsoDay(DateOnly d) => d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek;
}
