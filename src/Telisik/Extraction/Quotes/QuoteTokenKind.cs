namespace Telisik.Extraction.Quotes;

/// <summary>Kinds of the small tokens the quote finder reads (its own tokenizer, independent of the pipeline's).</summary>
internal enum QuoteTokenKind : byte
{
    Word,
    Comma,
    SentenceEnd,
    Colon,
    Dash,
    DoubleMark,
    SingleMark,
    OpenParen,
    CloseParen,
    Other,
}
