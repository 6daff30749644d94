namespace Telisik.Stories;

/// <summary>Options of the first story grouping.</summary>
/// <param name="JoinThreshold">Cosine similarity at or above which an article joins its nearest neighbour's story.</param>
/// <param name="WindowDays">Only articles published within this many days of each other are compared (undated ones always are).</param>
/// <param name="MaxTerms">Content terms kept per article.</param>
/// <param name="MinTermLength">Shortest word kept as a term.</param>
/// <param name="BackgroundDocuments">Pseudo-documents without any term, added to the IDF's corpus size so a small store still weighs shared terms fairly.</param>
public sealed record TermVectorOptions(double JoinThreshold = 0.25, double WindowDays = 4, int MaxTerms = 60, int MinTermLength = 4, int BackgroundDocuments = 50);
