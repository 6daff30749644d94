namespace Telisik.Eval.Figures;

/// <summary>Counts for one measure: true positives, false positives, false negatives, and agreement on matched items.</summary>
internal sealed class Score
{
    public int TruePositives { get; set; }
    public int FalsePositives { get; set; }
    public int FalseNegatives { get; set; }
    public int Agreed { get; set; }
    public int ExactSpans { get; set; }

    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    /// <summary>Share of matched items whose value (or resolution) agrees with the gold.</summary>
    public double Accuracy => TruePositives == 0 ? 1 : (double)Agreed / TruePositives;
    /// <summary>Share of matched items whose span is exactly the gold span.</summary>
    public double ExactSpanShare => TruePositives == 0 ? 1 : (double)ExactSpans / TruePositives;

    public override string ToString() =>
        $"P={Precision:0.000} R={Recall:0.000} F1={F1:0.000} (tp={TruePositives} fp={FalsePositives} fn={FalseNegatives}) accuracy={Accuracy:0.000} exact-span={ExactSpanShare:0.000}";
}
