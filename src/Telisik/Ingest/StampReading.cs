namespace Telisik.Ingest;

/// <summary>How publication stamps are read at ingest.</summary>
public enum StampReading
{
    /// <summary>As labelled: "2017-03-28T20:00:00Z" is 03:00 on 29 March in Jakarta.</summary>
    Given,

    /// <summary>Every stamp's clock as Jakarta time, its label dropped: "…T20:00:00Z" is 20:00 on 28 March.</summary>
    Local,

    /// <summary>Per outlet, as the texts' own dated days show (<see cref="Extraction.Dates.StampCalibration"/>).</summary>
    Auto,
}
