namespace Telisik.Extraction.Quotes;

/// <summary>Why text in quotation marks was not taken as a quotation.</summary>
public enum QuoteRejection
{
    /// <summary>Nothing between the marks.</summary>
    Empty,
    /// <summary>A single quoted term ("hoaks"): a scare quote, not speech.</summary>
    SingleTerm,
    /// <summary>A title or a name announced by a word such as film, lagu, berjudul, titled.</summary>
    Title,
    /// <summary>A short phrase inside a sentence with no speaker and no reporting cue.</summary>
    NotSpeech,
}
