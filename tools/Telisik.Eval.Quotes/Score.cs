namespace Telisik.Eval.Quotes;

/// <summary>Counts over a gold set: spans matched at ≥ 50% overlap, and speakers right among the matched.</summary>
internal sealed record Score(int Gold, int Found, int Matched, int SpeakerRight, int SpeakerExactRight,
    int DirectGold, int DirectFound, int DirectMatched, int IndirectGold, int IndirectFound, int IndirectMatched)
{
    public double Precision => Found == 0 ? 0 : (double)Matched / Found;
    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;
    public double F1 => F(Matched, Found, Gold);
    public double DirectF1 => F(DirectMatched, DirectFound, DirectGold);
    public double IndirectF1 => F(IndirectMatched, IndirectFound, IndirectGold);
    public double SpeakerAccuracy => Matched == 0 ? 0 : (double)SpeakerRight / Matched;
    public double SpeakerExact => Matched == 0 ? 0 : (double)SpeakerExactRight / Matched;

    private static double F(int matched, int found, int gold) => found + gold == 0 ? 0 : 2.0 * matched / (found + gold);
}
