using System.Text.Json;
using Telisik.Language;

namespace Telisik.NerTrainer;

/// <summary>
/// Induces word clusters from unlabelled news: each frequent word gets a random projection of its left and right
/// neighbours (frequent neighbours down-weighted by 1/sqrt(frequency)), then spherical k-means groups the
/// vectors twice, finely and coarsely. Words that share neighbours ("Jakarta", "Surabaya") share a cluster, which
/// the tagger uses for names it never saw labelled. Deterministic for a fixed seed.
/// </summary>
internal sealed class WordClusterer(int vocabulary, int contexts, int dimensions, int fine, int coarse, int iterations, int seed)
{
    /// <summary>Reads IndoSum's JSONL and writes <c>word TAB fine TAB coarse</c> lines, most frequent first.</summary>
    public void Run(string jsonl, string output, TextWriter log)
    {
        var tokenizer = new Tokenizer();
        var documents = new List<int[]>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new List<int>();
        foreach (var line in File.ReadLines(jsonl))
        {
            var text = JsonDocument.Parse(line).RootElement.GetProperty("text").GetString() ?? "";
            var tokens = tokenizer.Tokenize(text);
            var doc = new int[tokens.Length];
            for (var i = 0; i < tokens.Length; i++)
            {
                var word = tokens[i].Kind == TokenKind.Word ? text.Substring(tokens[i].Start, tokens[i].Length).ToLowerInvariant() : "<p>";
                if (!ids.TryGetValue(word, out var id)) { ids[word] = id = counts.Count; counts.Add(0); }
                counts[id]++;
                doc[i] = id;
            }
            documents.Add(doc);
        }
        var byFrequency = Enumerable.Range(0, counts.Count).OrderByDescending(i => counts[i]).ThenBy(i => i).ToArray();
        var words = ids.OrderBy(p => p.Value).Select(p => p.Key).ToArray();
        var rank = new int[counts.Count];
        Array.Fill(rank, int.MaxValue);
        for (var r = 0; r < byFrequency.Length; r++) rank[byFrequency[r]] = r;
        var kept = byFrequency.Where(i => counts[i] >= 3 && words[i] != "<p>").Take(vocabulary).ToArray();
        var row = new Dictionary<int, int>();
        for (var k = 0; k < kept.Length; k++) row[kept[k]] = k;
        log.WriteLine($"  {documents.Count} documents, {counts.Sum()} tokens, {counts.Count} types; clustering {kept.Length}");

        // Random +-1 projections of the left and right context words.
        var random = new Random(seed);
        var projection = new float[dimensions == 2 * contexts ? 0 : 2 * contexts * dimensions];
        // With as many dimensions as context slots there is no projection: exact context counts.
        var exact = dimensions == 2 * contexts;
        for (var i = 0; i < projection.Length; i++) projection[i] = random.Next(2) == 0 ? -1f : 1f;
        var vectors = new float[kept.Length * dimensions];
        foreach (var doc in documents)
        {
            for (var i = 0; i < doc.Length; i++)
            {
                if (!row.TryGetValue(doc[i], out var r)) continue;
                Add(r, i > 0 ? doc[i - 1] : -1, 0);
                Add(r, i + 1 < doc.Length ? doc[i + 1] : -1, contexts);
            }
        }
        for (var r = 0; r < kept.Length; r++)
        {
            var v = vectors.AsSpan(r * dimensions, dimensions);
            if (exact) for (var d = 0; d < v.Length; d++) v[d] = MathF.Sqrt(v[d]); // dampen dominant contexts
            Normalize(v);
        }

        var fineOf = KMeans(vectors, kept.Length, fine, log, out var fineCentroids);
        var coarseOfFine = KMeans(fineCentroids, fine, coarse, log, out _);
        using var writer = new StreamWriter(output);
        writer.WriteLine("# Word clusters induced from IndoSum (CC-BY-SA 4.0, Kurniawan & Louvan 2018) by");
        writer.WriteLine("# `dotnet run -c Release --project tools/Telisik.NerTrainer -- clusters`. Line: word TAB fine TAB coarse.");
        for (var r = 0; r < kept.Length; r++)
            writer.WriteLine($"{words[kept[r]]}\t{fineOf[r]}\t{coarseOfFine[fineOf[r]]}");

        void Add(int r, int context, int side)
        {
            if (context < 0 || rank[context] >= contexts) return;
            var weight = dimensions == 2 * contexts ? 1f : 1f / MathF.Sqrt(counts[context]);
            var v = vectors.AsSpan(r * dimensions, dimensions);
            if (dimensions == 2 * contexts)
            {
                v[side + rank[context]] += weight;
                return;
            }
            var p = projection.AsSpan((side + rank[context]) * dimensions, dimensions);
            for (var d = 0; d < dimensions; d++) v[d] += weight * p[d];
        }
    }

    private int[] KMeans(float[] vectors, int n, int k, TextWriter log, out float[] centroids)
    {
        var d = dimensions;
        centroids = new float[k * d];
        // Initialise with evenly spaced items (the most frequent words first): deterministic, no seeding luck.
        for (var c = 0; c < k; c++) vectors.AsSpan((int)((long)c * n / k) * d, d).CopyTo(centroids.AsSpan(c * d, d));
        var assignment = new int[n];
        for (var it = 0; it < iterations; it++)
        {
            var moved = 0;
            for (var i = 0; i < n; i++)
            {
                var v = vectors.AsSpan(i * d, d);
                var best = 0;
                var bestScore = float.NegativeInfinity;
                for (var c = 0; c < k; c++)
                {
                    var score = Dot(v, centroids.AsSpan(c * d, d));
                    if (score > bestScore) { bestScore = score; best = c; }
                }
                if (assignment[i] != best) moved++;
                assignment[i] = best;
            }
            Array.Clear(centroids);
            for (var i = 0; i < n; i++)
            {
                var centroid = centroids.AsSpan(assignment[i] * d, d);
                var v = vectors.AsSpan(i * d, d);
                for (var j = 0; j < d; j++) centroid[j] += v[j];
            }
            for (var c = 0; c < k; c++) Normalize(centroids.AsSpan(c * d, d));
            log.WriteLine($"  k-means k={k} iteration {it + 1}: {moved} moved");
            if (moved == 0) break;
        }
        return assignment;
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = 0f;
        for (var i = 0; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }

    private static void Normalize(Span<float> v)
    {
        var norm = MathF.Sqrt(Dot(v, v));
        if (norm > 0) for (var i = 0; i < v.Length; i++) v[i] /= norm;
    }
}
