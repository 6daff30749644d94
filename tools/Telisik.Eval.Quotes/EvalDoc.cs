using Telisik.Extraction.Quotes;

namespace Telisik.Eval.Quotes;

/// <summary>An expected quotation: kind, span into the document's text, and speaker (null when the text names none).</summary>
internal sealed record GoldQuote(QuoteKind Kind, int Start, int End, string? Speaker);

/// <summary>A text with its expected quotations.</summary>
internal sealed record EvalDoc(string Name, string Text, IReadOnlyList<GoldQuote> Gold);
