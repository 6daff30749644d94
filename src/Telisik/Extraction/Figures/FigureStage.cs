using Telisik.Documents;
using Telisik.Extraction.Scanning;
using Telisik.Pipeline;

namespace Telisik.Extraction.Figures;

/// <summary>
/// Pipeline stage: finds figures (numeric claims) with their qualifier, unit or counted noun, subject, source,
/// tense and date. Runs after dates (whose spans are not figures) and quotes (whose speakers are sources).
/// Stateless and thread-safe; the word tables load once per language on first use.
/// </summary>
public sealed class FigureStage : IAnalysisStage
{
    /// <inheritdoc />
    public string Name => "figures";
    /// <inheritdoc />
    public IReadOnlyList<string> Requires => [StageNames.Sentences, StageNames.Quotes];
    /// <inheritdoc />
    public IReadOnlyList<string> Provides => [StageNames.Figures];

    /// <inheritdoc />
    public void Run(AnalyzedArticle doc)
    {
        doc.Figures.Clear();
        doc.Figures.AddRange(Find(doc.Text, doc.Article.Language, doc.Dates.Select(d => new TextSpan(d.Start, d.End)).ToList(), doc.Quotes, doc.Dates));
    }

    /// <summary>
    /// Finds the figures of <paramref name="text"/> (pure): <paramref name="excluded"/> are spans that are not
    /// figures (dates, times); <paramref name="quotes"/> give speakers; <paramref name="dates"/> give each
    /// figure's <see cref="Figure.When"/>.
    /// </summary>
    public static IReadOnlyList<Figure> Find(
        string text,
        string? language,
        IReadOnlyList<TextSpan> excluded,
        IReadOnlyList<Quotes.Quote>? quotes = null,
        IReadOnlyList<Dates.DateMention>? dates = null)
    {
        var lex = FigureLexicon.For(language);
        var words = TextScanner.Scan(text);
        var sentences = new SentenceMap(text, words);
        var drafts = FigureReader.Read(text, words, sentences, lex, excluded);
        if (drafts.Count == 0) return [];
        var sources = new FigureSourceFinder(text, words, sentences, lex);
        var result = new List<Figure>(drafts.Count);
        foreach (var d in drafts)
        {
            var source = sources.SourceOf(d.FirstWord, d.EndWord, quotes ?? []);
            result.Add(new Figure(text[d.Start..d.End], d.Start, d.End, d.Value, d.ValueMax, d.Approx, d.Unit, d.Subject, source)
            {
                Exclusive = d.Exclusive,
                Tense = d.Tense,
                When = WhenOf(words, sentences, d, dates),
            });
        }
        return result;
    }

    private static string? WhenOf(ScanWord[] words, SentenceMap sentences, FigureDraft d, IReadOnlyList<Dates.DateMention>? dates)
    {
        if (dates is null || dates.Count == 0) return null;
        var sentence = sentences.Sentence(d.FirstWord);
        var from = words[sentences.SentenceStart(sentence)].Start;
        var to = words[sentences.SentenceEnd(sentence) - 1].End;
        Dates.DateMention? best = null;
        var bestDistance = int.MaxValue;
        foreach (var m in dates)
        {
            if (m.Resolved is null || m.Start < from || m.End > to) continue;
            var distance = m.End <= d.Start ? d.Start - m.End : m.Start - d.End;
            if (distance >= 0 && distance < bestDistance) { best = m; bestDistance = distance; }
        }
        return best?.Resolved;
    }
}
