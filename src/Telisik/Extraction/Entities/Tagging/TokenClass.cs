namespace Telisik.Extraction.Entities.Tagging;

/// <summary>The capitalisation class of a token, the strongest single clue to a name in cased text.</summary>
internal enum TokenClass : byte
{
    Lower = 0,
    Title = 1,
    AllCaps = 2,
    SingleCap = 3,
    Number = 4,
    Punctuation = 5,
    Mixed = 6,
    /// <summary>The text has no case (NERP is all lower case): capitalisation says nothing.</summary>
    Uncased = 7,
}
