namespace Telisik.Extraction.Figures;

/// <summary>Where a reporting cue's source stands relative to the cue.</summary>
internal enum AttributionCuePosition
{
    /// <summary>"kata John Kirby", "said Kirby": the source follows.</summary>
    After,
    /// <summary>"Kirby mengatakan bahwa", "Kirby said": the source precedes.</summary>
    Before,
    /// <summary>"menurut X, ...", "according to X": the source follows and ends at a comma.</summary>
    According,
}
