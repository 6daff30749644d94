namespace Telisik.Extraction.Quotes;

/// <summary>Direct speech (in quote marks) or reported speech.</summary>
public enum QuoteKind
{
    /// <summary>Words in quotation marks.</summary>
    Direct,
    /// <summary>Reported speech: "X mengatakan bahwa ...", "menurut X, ...".</summary>
    Indirect,
}
