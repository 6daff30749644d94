namespace Telisik.Extraction.Quotes;

/// <summary>What <see cref="QuoteFinder"/> found in one text: the quotations in text order, and the rejected quote marks.</summary>
public sealed record QuoteFindings(IReadOnlyList<Quote> Quotes, IReadOnlyList<RejectedQuote> Rejected);
