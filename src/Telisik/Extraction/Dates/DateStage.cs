using Telisik.Pipeline;

namespace Telisik.Extraction.Dates;

/// <summary>
/// Pipeline stage: finds time expressions and resolves them against the article's publication time in
/// Asia/Jakarta (UTC+07:00). Without a publication time, only expressions that carry their own year resolve.
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
        doc.Dates.Clear();
        doc.Dates.AddRange(Find(doc.Text, doc.Article.Language, doc.Article.Published));
    }

    /// <summary>
    /// Re-resolves <paramref name="doc"/>'s dates against <paramref name="anchor"/> (e.g. a publication time
    /// inferred from a story's other articles). Spans stay the same; only resolutions change.
    /// </summary>
    public void Resolve(AnalyzedArticle doc, DateTimeOffset anchor)
    {
        doc.Dates.Clear();
        doc.Dates.AddRange(Find(doc.Text, doc.Article.Language, anchor));
    }

    /// <summary>Finds and resolves the time expressions of <paramref name="text"/> (pure).</summary>
    public static IReadOnlyList<DateMention> Find(string text, string? language, DateTimeOffset? published)
    {
        var expressions = DateReader.Read(text, language);
        DateOnly? anchor = published is { } p ? DateResolver.AnchorDay(p) : null;
        return DateResolver.ResolveAll(text, expressions, anchor);
    }
}
