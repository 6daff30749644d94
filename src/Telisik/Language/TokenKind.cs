namespace Telisik.Language;

/// <summary>What a token is.</summary>
public enum TokenKind : byte
{
    /// <summary>A word, including reduplications (tentara-tentara) and abbreviations (U.S.).</summary>
    Word,
    /// <summary>A number as written: 12.000, 1,5, 3.5, 3,000.</summary>
    Number,
    /// <summary>A numeric date: 18/10, 27/3/2017, 2017-05-12.</summary>
    Date,
    /// <summary>A time of day: 10.30, 10:30.</summary>
    Time,
    /// <summary>A currency symbol or code: Rp, US$, $.</summary>
    Currency,
    /// <summary>A URL.</summary>
    Url,
    /// <summary>An e-mail address.</summary>
    Email,
    /// <summary>A hashtag.</summary>
    Hashtag,
    /// <summary>An @mention.</summary>
    Mention,
    /// <summary>Punctuation, including quote marks.</summary>
    Punctuation,
    /// <summary>Any other symbol (%, +, emoji).</summary>
    Symbol,
}
