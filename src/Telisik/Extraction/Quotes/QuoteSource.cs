namespace Telisik.Extraction.Quotes;

/// <summary>One article's report of a quotation: the article id and the quote as that article gives it.</summary>
public sealed record QuoteSource(string ArticleId, Quote Quote);
