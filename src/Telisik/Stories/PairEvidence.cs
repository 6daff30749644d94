namespace Telisik.Stories;

/// <summary>
/// What two articles have in common, signal by signal, before the weights of <see cref="StoryOptions"/> combine them:
/// the cosines of their term and entity vectors, the share of figures in common and how many specific figures they
/// share, whether they share a quote, what their dates say, and how far apart they were published.
/// </summary>
public readonly record struct PairEvidence(
    double Terms,
    double Entities,
    double Figures,
    int SpecificFigures,
    bool SharedQuote,
    DateAgreement Dates,
    TimeSpan Apart,
    double Score);
