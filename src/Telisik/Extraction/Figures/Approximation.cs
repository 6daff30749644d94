namespace Telisik.Extraction.Figures;

/// <summary>How a figure's value is qualified by the text.</summary>
public enum Approximation
{
    /// <summary>Stated as an exact number.</summary>
    Exact,
    /// <summary>"setidaknya", "sedikitnya", "minimal", "lebih dari", "at least", "more than".</summary>
    AtLeast,
    /// <summary>"hingga", "maksimal", "up to".</summary>
    AtMost,
    /// <summary>"sekitar", "kurang lebih", "hampir", "about", "nearly", and vague "ribuan".</summary>
    About,
    /// <summary>"7.000 hingga 8.000", "antara 10 dan 15": Value..ValueMax.</summary>
    Range,
}
