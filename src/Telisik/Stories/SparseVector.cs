namespace Telisik.Stories;

/// <summary>Kernels over sparse vectors held as ascending ids with parallel weights.</summary>
internal static class SparseVector
{
    /// <summary>Sorts by id and L2-normalises the weights.</summary>
    public static (int[] Ids, float[] Weights) Normalised(IReadOnlyCollection<KeyValuePair<int, double>> entries)
    {
        var ids = new int[entries.Count];
        var ws = new float[entries.Count];
        var norm = 0.0;
        var i = 0;
        foreach (var (id, w) in entries) { ids[i] = id; ws[i] = (float)w; norm += w * w; i++; }
        Array.Sort(ids, ws);
        if (norm > 0)
        {
            var inv = (float)(1 / Math.Sqrt(norm));
            for (var k = 0; k < ws.Length; k++) ws[k] *= inv;
        }
        return (ids, ws);
    }

    /// <summary>Dot product by merging the id arrays.</summary>
    public static double Dot(int[] xi, float[] xw, int[] yi, float[] yw)
    {
        int i = 0, j = 0;
        var dot = 0.0;
        while (i < xi.Length && j < yi.Length)
        {
            if (xi[i] == yi[j]) { dot += xw[i] * yw[j]; i++; j++; }
            else if (xi[i] < yi[j]) i++;
            else j++;
        }
        return dot;
    }

    /// <summary>The <paramref name="n"/> shared ids with the largest weight products.</summary>
    public static List<int> TopShared(int[] xi, float[] xw, int[] yi, float[] yw, int n)
    {
        var shared = new List<(int Id, double W)>();
        int i = 0, j = 0;
        while (i < xi.Length && j < yi.Length)
        {
            if (xi[i] == yi[j]) { shared.Add((xi[i], xw[i] * yw[j])); i++; j++; }
            else if (xi[i] < yi[j]) i++;
            else j++;
        }
        shared.Sort((a, b) => b.W.CompareTo(a.W));
        return shared.Take(n).Select(s => s.Id).ToList();
    }
}
