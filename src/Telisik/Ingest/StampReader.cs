using Telisik.Extraction.Dates;

namespace Telisik.Ingest;

/// <summary>Applies a <see cref="StampReading"/> to reader results before they are ingested. Pure.</summary>
public static class StampReader
{
    /// <summary>
    /// Each accepted article's stamp read as <paramref name="reading"/> says; for <see cref="StampReading.Auto"/>,
    /// <paramref name="calibration"/> holds the evidence of the same input (read in a first pass).
    /// </summary>
    public static IEnumerable<ReadResult> Apply(IEnumerable<ReadResult> results, StampReading reading, StampCalibration? calibration = null)
    {
        if (reading == StampReading.Auto && calibration is null) throw new ArgumentNullException(nameof(calibration), "Auto needs a calibration of the input.");
        foreach (var r in results)
        {
            var local = r.Article is { Published: not null } a && (reading == StampReading.Local || (reading == StampReading.Auto && calibration!.ReadsLocal(a.Outlet)));
            yield return local ? r.WithArticle(r.Article! with { Published = StampCalibration.AsJakarta(r.Article!.Published!.Value) }) : r;
        }
    }

    /// <summary>The evidence of <paramref name="results"/> (a first pass over the input).</summary>
    public static StampCalibration Calibrate(IEnumerable<ReadResult> results)
    {
        var calibration = new StampCalibration();
        foreach (var r in results)
            if (r.Article is { } a) calibration.Observe(a.Outlet, a.Published, a.Text, null);
        return calibration;
    }
}
