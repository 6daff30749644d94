namespace Telisik.Eval.Figures;

/// <summary>
/// Pairs predicted and gold spans one-to-one by overlap (the relaxed match of TIMEX evaluations), nearest start
/// first, and scores them with a caller's agreement test.
/// </summary>
internal static class Matcher
{
    public static void Match<TP, TG>(
        IReadOnlyList<TP> predicted, IReadOnlyList<TG> gold,
        Func<TP, (int Start, int End)> predictedSpan, Func<TG, (int Start, int End)> goldSpan,
        Func<TP, TG, bool> agrees, Score score, Action<string>? report = null)
    {
        var used = new bool[predicted.Count];
        foreach (var g in gold)
        {
            var gs = goldSpan(g);
            var best = -1;
            for (var i = 0; i < predicted.Count; i++)
            {
                if (used[i]) continue;
                var ps = predictedSpan(predicted[i]);
                if (ps.Start < gs.End && gs.Start < ps.End && (best < 0 || Math.Abs(ps.Start - gs.Start) < Math.Abs(predictedSpan(predicted[best]).Start - gs.Start)))
                    best = i;
            }
            if (best < 0)
            {
                score.FalseNegatives++;
                report?.Invoke($"  miss {gs.Start}-{gs.End} {g}");
                continue;
            }
            used[best] = true;
            score.TruePositives++;
            if (predictedSpan(predicted[best]) == gs) score.ExactSpans++;
            if (agrees(predicted[best], g)) score.Agreed++;
            else report?.Invoke($"  wrong {gs.Start}-{gs.End} gold={g} got={predicted[best]}");
        }
        for (var i = 0; i < predicted.Count; i++)
            if (!used[i])
            {
                score.FalsePositives++;
                report?.Invoke($"  extra {predictedSpan(predicted[i])} {predicted[i]}");
            }
    }
}
