namespace Telisik.Extraction.Entities;

/// <summary>The kinds of named entity Telisik recognises.</summary>
public enum EntityType
{
    /// <summary>A person.</summary>
    Person,
    /// <summary>An organisation: agency, company, party, team, body.</summary>
    Organisation,
    /// <summary>A place: country, city, region, landmark.</summary>
    Place,
}
