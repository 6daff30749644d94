using Telisik.Pipeline;

namespace Telisik.Extraction.Dates;

/// <summary>
/// Pipeline stage: finds time expressions and resolves them against the article's publication time in
/// Asia/Jakarta (UTC+07:00), counting deictic ones from the article's own day when its text says which day that is
/// (<see cref="ReferenceDayFinder"/>), and deictic words a speaker used from the day the text says they spoke
/// (<see cref="StatementDays"/>). Without a publication time, only expressions that carry their own year resolve.
/// Stateless and thread-safe; word tables load once per language on first use.
/// </summary>
public sealed class DateStage : IAnalysisStage
{
    /// <inheritdoc />
    public string Name => "dates";
    /// <inheritdoc />
    public IReadOnlyList<string> Requires => [StageNames.Sentences];
    /// <inheritdoc />
    public IReadOnlyList<string> Provides => [StageNames.Dates];

    /// <inheritdoc />
    public void Run(AnalyzedArticle doc)
    {
        if (doc.Article is { Published: { } inferred, PublishedInferredFrom: not null })
        {
            Resolve(doc, inferred);
            return;
        }
        doc.Dates.Clear();
        doc.Dates.AddRange(Find(doc.Text, doc.Article.Language, doc.Article.Published));
    }

    /// <summary>
    /// Re-resolves <paramref name="doc"/>'s dates against <paramref name="anchor"/> (e.g. a publication time
    /// inferred from a story's other articles). Spans stay the same; only resolutions change. The anchor's time of
    /// day is not evidence (an inferred publication is a day, not a moment).
    /// </summary>
    public void Resolve(AnalyzedArticle doc, DateTimeOffset anchor)
    {
        doc.Dates.Clear();
        doc.Dates.AddRange(Find(doc.Text, doc.Article.Language, DateResolver.AnchorDay(anchor), null));
    }

    /// <summary>Finds and resolves the time expressions of <paramref name="text"/> (pure).</summary>
    public static IReadOnlyList<DateMention> Find(string text, string? language, DateTimeOffset? published) =>
        Find(text, language, published is { } p ? DateResolver.AnchorDay(p) : null,
            published is { } q ? TimeOnly.FromDateTime(q.ToOffset(DateResolver.Jakarta).DateTime) : null);

    private static List<DateMention> Find(string text, string? language, DateOnly? anchor, TimeOnly? time)
    {
        var expressions = DateReader.Read(text, language);
        var statements = anchor is { } a ? StatementDays.Find(text, expressions, a) : [];
        var reference = anchor is { } b ? ReferenceDayFinder.Find(text, expressions, b, time, statements) : null;
        return DateResolver.ResolveAll(text, expressions, anchor, reference, statements);
    }
}
