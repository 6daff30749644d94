namespace Telisik.Extraction.Entities.Tagging;

/// <summary>
/// The annotation convention a prediction should follow. The corpora the tagger learns from disagree on spans
/// (whether a title or a trailing place belongs to an organisation, what counts as a place), so every feature has a
/// shared copy and a copy per convention ("frustratingly easy" domain adaptation, Daumé 2007). The engine tags
/// news with <see cref="News"/>; lower-case text with <see cref="Lowercase"/>.
/// </summary>
public enum NerDomain : byte
{
    /// <summary>Shared features only.</summary>
    General = 0,
    /// <summary>Cased news with standardised PER/ORG/LOC spans (idner-news-2k's convention).</summary>
    News = 1,
    /// <summary>Cased encyclopedic and news sentences (NERGrit's convention).</summary>
    Encyclopedic = 2,
    /// <summary>Lower-cased news (NERP's convention).</summary>
    Lowercase = 3,
}
