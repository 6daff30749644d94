using Telisik.Dedup;

namespace Telisik.Stories;

/// <summary>
/// Settings of <see cref="StoryClusterer"/>. Defaults were chosen by measurement on the IndoSum story development set
/// and the project's own labels (<c>eval/stories.extra.jsonl</c>), with <c>tools/Telisik.Eval.Stories stories --grid</c>;
/// figures and the values tried are in BENCHMARKS.md ("Copies and stories"). Options off by default were measured and
/// did not help there; they stay for other corpora.
/// </summary>
public sealed record StoryOptions
{
    /// <summary>Largest publication-time distance between an article and a story article it is compared with. The
    /// time decay (<see cref="TimeScale"/>) does most of the work; 5 days lets a strong match four days later join
    /// (3 days measured the same on the development set and one pair lower on the project's labels).</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromDays(5);

    /// <summary>How long an article stays in memory behind the newest one; at least <see cref="Window"/> plus the backfill delay tolerated.</summary>
    public TimeSpan Retention { get; init; } = TimeSpan.FromDays(7);

    /// <summary>Terms per article vector (highest TF-IDF first).</summary>
    public int VectorTerms { get; init; } = 60;

    /// <summary>Terms per article placed in the inverted index (highest TF-IDF first); entities are indexed too.</summary>
    public int IndexedTerms { get; init; } = 12;

    /// <summary>Entities per article placed in the vector and the inverted index.</summary>
    public int IndexedEntities { get; init; } = 10;

    /// <summary>A key held by more live articles than this is too common to retrieve candidates with.</summary>
    public int MaxPostingLength { get; init; } = 4000;

    /// <summary>Most candidate articles scored per new article (those sharing the most index keys).</summary>
    public int MaxCandidates { get; init; } = 64;

    /// <summary>Fewest shared index keys for a candidate to be scored.</summary>
    public int MinSharedKeys { get; init; } = 2;

    /// <summary>Multiplier of a term's weight when it occurs in the headline or lead sentence.</summary>
    public double HeadBoost { get; init; } = 2.0;

    /// <summary>Multiplier of a term's weight when the term is a word of one of the article's entity names: names
    /// are compared through the entity signal, so the term vector says what happened rather than to whom.</summary>
    public double NameTermFactor { get; init; } = 1.0;

    /// <summary>Weight of the TF-IDF cosine of the term vectors.</summary>
    public double TermWeight { get; init; } = 1.0;

    /// <summary>Weight of the IDF-weighted cosine of the entity sets.</summary>
    public double EntityWeight { get; init; } = 0.2;

    /// <summary>Weight of the share of figures in common.</summary>
    public double FigureWeight { get; init; } = 0.1;

    /// <summary>Weight of sharing a quote.</summary>
    public double QuoteWeight { get; init; } = 0.2;

    /// <summary>Multiplier of a person's weight in the entity vector (the same people take part in many events).
    /// Measured: 0.5–0.7 join more different stories on the development set (sharing people is evidence of one story
    /// more often than not).</summary>
    public double PersonFactor { get; init; } = 1.0;

    /// <summary>Term cosine at which the entity signal counts in full; below it the entity signal is scaled down in
    /// proportion (0: always in full). Shared names without shared event words are another event of the same people.
    /// Measured: 0.5 trades development-set recall for precision on the project's labels, no better overall.</summary>
    public double EntityTermGate { get; init; } = 0.0;

    /// <summary>Specific figures (12,000; 1,500; 57.8) a pair must share to be a continuation: a later report of the same
    /// development, compared without time decay up to <see cref="ContinuationWindow"/> apart (0: no continuations).
    /// Measured: 1 and 2 both join the samples' North Korea week; 1 also joins an earthquake and its aftermath three
    /// days later on the development set, with no change on the project's labels.</summary>
    public int ContinuationFigures { get; init; } = 1;

    /// <summary>Largest publication-time distance of a continuation pair (see <see cref="ContinuationFigures"/>).</summary>
    public TimeSpan ContinuationWindow { get; init; } = TimeSpan.FromDays(5);

    /// <summary>Multiplier of the score when both leads date their events and the days clearly differ (1: ignore).
    /// Measured: no labelled pair above the join threshold has leads that differ, so it changes nothing there.</summary>
    public double LeadDatesDifferFactor { get; init; } = 1.0;

    /// <summary>Multiplier of the score when both articles mention days but share none (1: ignore). Measured: 0.8
    /// loses same-story pairs (a follow-up often dates only its own day), so it stays off.</summary>
    public double NoSharedDateFactor { get; init; } = 1.0;

    /// <summary>Days two resolved dates may differ by and still be the same day (publication times and time zones blur a day).</summary>
    public int DateTolerance { get; init; } = 1;

    /// <summary>Time proximity: the score is multiplied by exp(−Δt / TimeScale).</summary>
    public TimeSpan TimeScale { get; init; } = TimeSpan.FromDays(4);

    /// <summary>Score at or above which an article joins the best story.</summary>
    public double JoinThreshold { get; init; } = 0.35;

    /// <summary>Score at or above which an article also bridges (merges) a second story into the first.</summary>
    public double MergeThreshold { get; init; } = 0.6;

    /// <summary>How article-to-story similarity is aggregated.</summary>
    public StoryLinkage Linkage { get; init; } = StoryLinkage.BestAndMean;

    /// <summary>Terms and entities listed as the reason an article belongs.</summary>
    public int ReasonItems { get; init; } = 5;

    /// <summary>Copy detection settings.</summary>
    public DedupOptions Dedup { get; init; } = new();
}
