namespace Telisik.Extraction.Dates;

/// <summary>
/// What <see cref="PublicationInferrer"/> concluded about when an article was published. <see cref="Published"/>
/// is null when there is no evidence (null is honest); <see cref="Reason"/> says why either way.
/// </summary>
/// <param name="Published">The earliest publication the evidence allows (the latest dated event it reports), or null.</param>
/// <param name="Granularity">How precise the inference is: a month when only weekday+date pairs or dates fix it.</param>
/// <param name="Inferred">False when the article stated its publication itself.</param>
/// <param name="Evidence">The expressions the inference rests on, e.g. "Jumat (18/10) at 262-275 → 2024-10-18".</param>
/// <param name="Reason">A sentence a user can read.</param>
public sealed record PublicationInference(
    DateTimeOffset? Published,
    DateGranularity Granularity,
    bool Inferred,
    string? Evidence,
    string Reason)
{
    /// <summary>The inference as ISO text at its granularity ("2024-10"), or null.</summary>
    public string? Iso => Published is not { } p ? null
        : Granularity == DateGranularity.Month ? p.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)
        : p.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
