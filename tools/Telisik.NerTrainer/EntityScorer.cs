using Telisik.Extraction.Entities;

namespace Telisik.NerTrainer;

/// <summary>Entity-level micro precision, recall and F1: an entity counts only with exact span and type (CoNLL style).</summary>
internal sealed class EntityScorer
{
    private long _correct, _predicted, _gold;

    /// <summary>Adds one sentence.</summary>
    public void Add(ReadOnlySpan<NerLabel> gold, ReadOnlySpan<NerLabel> predicted)
    {
        var g = Chunks(gold);
        var p = Chunks(predicted);
        _gold += g.Count;
        _predicted += p.Count;
        _correct += p.Count(g.Contains);
    }

    /// <summary>Precision in percent.</summary>
    public double Precision => _predicted == 0 ? 0 : 100.0 * _correct / _predicted;
    /// <summary>Recall in percent.</summary>
    public double Recall => _gold == 0 ? 0 : 100.0 * _correct / _gold;
    /// <summary>F1 in percent.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    /// <summary>Gold entities seen.</summary>
    public long GoldCount => _gold;

    private static HashSet<(int, int, EntityType)> Chunks(ReadOnlySpan<NerLabel> labels)
    {
        var set = new HashSet<(int, int, EntityType)>();
        var start = -1;
        for (var i = 0; i <= labels.Length; i++)
        {
            var l = i < labels.Length ? labels[i] : NerLabel.O;
            var continues = start >= 0 && NerLabels.IsInside(l) && NerLabels.TypeOf(l) == NerLabels.TypeOf(labels[start]);
            if (continues) continue;
            if (start >= 0) set.Add((start, i, NerLabels.TypeOf(labels[start])));
            start = l == NerLabel.O ? -1 : i;
        }
        return set;
    }
}
