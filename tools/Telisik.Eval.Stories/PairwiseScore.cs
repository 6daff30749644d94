using System.Text.Json;

namespace Telisik.Eval.Stories;

/// <summary>Pairwise precision/recall/F1 over labelled ids (same definition as stories-dev/score.py), for fast tuning.</summary>
internal static class PairwiseScore
{
    /// <summary>Reads labels; with <paramref name="set"/>, only the lines whose "set" field equals it ("" for lines without one).</summary>
    public static Dictionary<string, string> ReadGold(string path, string? set = null)
    {
        var gold = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#')) continue;
            using var doc = JsonDocument.Parse(line);
            var lineSet = doc.RootElement.TryGetProperty("set", out var v) ? v.GetString() ?? "" : "";
            if (set is not null && set != lineSet) continue;
            gold[doc.RootElement.GetProperty("id").GetString()!] = doc.RootElement.GetProperty("story").GetString()!;
        }
        return gold;
    }

    public static (double P, double R, double F1, int Tp, int Pred, int Gold) Score(Dictionary<string, string> gold, IReadOnlyDictionary<string, string> pred)
    {
        var ids = gold.Keys.ToArray();
        int tp = 0, pp = 0, gp = 0;
        for (var i = 0; i < ids.Length; i++)
            for (var j = i + 1; j < ids.Length; j++)
            {
                var g = gold[ids[i]] == gold[ids[j]];
                var p = pred.TryGetValue(ids[i], out var a) && pred.TryGetValue(ids[j], out var b) && a == b;
                if (g) gp++;
                if (p) pp++;
                if (g && p) tp++;
            }
        var prec = pp == 0 ? 1.0 : (double)tp / pp;
        var rec = gp == 0 ? 1.0 : (double)tp / gp;
        var f1 = prec + rec == 0 ? 0 : 2 * prec * rec / (prec + rec);
        return (prec, rec, f1, tp, pp, gp);
    }
}
