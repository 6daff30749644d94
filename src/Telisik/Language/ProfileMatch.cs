namespace Telisik.Language;

/// <summary>
/// The language profile nearest to a text: its code, its out-of-place distance in [0, 1] (0: the same ranking,
/// 1: no n-gram in common) and the distance of the second nearest profile.
/// </summary>
public readonly record struct ProfileMatch(string Code, double Distance, double RunnerUpDistance)
{
    /// <summary>How much nearer the best profile is than the second: 0 when they tie.</summary>
    public double Margin => RunnerUpDistance - Distance;
}
