namespace Telisik.Extraction.Quotes;

/// <summary>
/// A quotation: <c>text[Start..End]</c> is the quoted content (without the quote marks); the cue is the reporting
/// verb or phrase (<c>kata</c>, <c>menurut</c>, <c>said</c>) at <c>text[CueStart..CueEnd]</c>, when there is one.
/// </summary>
public sealed record Quote(
    QuoteKind Kind,
    string Text,
    int Start,
    int End,
    string? Speaker,
    string? SpeakerRole,
    string? Cue,
    int? CueStart,
    int? CueEnd);
