namespace Telisik.Extraction.Entities;

/// <summary>A BIO label over the three entity types. The numeric values index the model's weight rows.</summary>
public enum NerLabel : byte
{
    /// <summary>Outside any entity.</summary>
    O = 0,
    /// <summary>First token of a person.</summary>
    BPer = 1,
    /// <summary>Inside a person.</summary>
    IPer = 2,
    /// <summary>First token of an organisation.</summary>
    BOrg = 3,
    /// <summary>Inside an organisation.</summary>
    IOrg = 4,
    /// <summary>First token of a place.</summary>
    BLoc = 5,
    /// <summary>Inside a place.</summary>
    ILoc = 6,
}
