namespace Telisik.Extraction.Quotes;

/// <summary>Text in quotation marks that is not a quotation: <c>text[Start..End]</c> and the reason.</summary>
public sealed record RejectedQuote(int Start, int End, string Text, QuoteRejection Reason);
