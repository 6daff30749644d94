using BenchmarkDotNet.Attributes;
using Telisik.Dedup;
using Telisik.Stories;

namespace Telisik.Bench;

/// <summary>
/// Kernels of copy detection and story clustering on synthetic data (no corpus needed): a MinHash signature of
/// one article's shingles, a copy-index lookup, the sparse TF-IDF dot product used for every candidate, and one
/// streaming clusterer step with a warm window.
/// </summary>
[MemoryDiagnoser]
public class StoryBenchmarks
{
    private readonly MinHasher _hasher = new(64);
    private ulong[] _shingles = [];
    private CopyIndex _index = null!;
    private CopyFingerprint _probe = null!;
    private int[] _xi = [], _yi = [];
    private float[] _xw = [], _yw = [];
    private StoryClusterer _clusterer = null!;
    private ArticleFeatures[] _stream = [];
    private int _next;
    private static readonly DateTimeOffset T0 = new(2024, 10, 18, 0, 0, 0, TimeSpan.Zero);

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(1);
        // 400 shingles: a typical 400-word news article with 3-word shingles.
        _shingles = Enumerable.Range(0, 400).Select(_ => (ulong)rng.NextInt64()).ToArray();

        var fingerprinter = new CopyFingerprinter(new DedupOptions());
        _index = new CopyIndex(new DedupOptions());
        for (var i = 0; i < 20_000; i++)
            _index.Add($"a{i}", T0.AddSeconds(i * 10), fingerprinter.FromWordHashes(Words(rng, 400)));
        _probe = fingerprinter.FromWordHashes(Words(rng, 400));

        (_xi, _xw) = Vector(rng);
        (_yi, _yw) = Vector(rng);

        var vocabulary = Enumerable.Range(0, 20_000).Select(i => $"kata{i}").ToArray();
        var names = Enumerable.Range(0, 3_000).Select(i => $"nama {i}").ToArray();
        _stream = Enumerable.Range(0, 60_000).Select(i => new ArticleFeatures
        {
            Id = $"s{i}",
            Published = T0.AddSeconds(i * 17),
            Headline = $"judul {i}",
            Terms = Enumerable.Range(0, 150).Select(_ => new TermCount(vocabulary[(int)Math.Min(19_999, Math.Abs(rng.NextDouble() * rng.NextDouble()) * 20_000)], 1 + rng.Next(4))).DistinctBy(t => t.Term).ToArray(),
            Entities = Enumerable.Range(0, 12).Select(_ => names[rng.Next(names.Length)]).Distinct().ToArray(),
            Fingerprint = fingerprinter.FromWordHashes(Words(rng, 300)),
        }).ToArray();
        _clusterer = new StoryClusterer(new StoryOptions());
        for (_next = 0; _next < 20_000; _next++) _clusterer.Add(_stream[_next]);
    }

    private static ulong[] Words(Random rng, int n) => Enumerable.Range(0, n).Select(_ => (ulong)rng.Next(50_000)).ToArray();

    private static (int[], float[]) Vector(Random rng)
    {
        var ids = Enumerable.Range(0, 60).Select(_ => rng.Next(5_000)).Distinct().Order().ToArray();
        return (ids, ids.Select(_ => (float)rng.NextDouble()).ToArray());
    }

    /// <summary>MinHash signature (64 slots) of 400 shingles.</summary>
    [Benchmark]
    public uint[] MinHashSignature() => _hasher.Signature(_shingles);

    /// <summary>Copy lookup (LSH bands + sampled shingles + verification) against 20,000 articles.</summary>
    [Benchmark]
    public CopyMatch? CopyIndexFind() => _index.Find(_probe, T0.AddDays(1));

    /// <summary>Sparse dot product of two 60-term vectors: the core of candidate scoring.</summary>
    [Benchmark]
    public double CandidateDot() => SparseVector.Dot(_xi, _xw, _yi, _yw);

    /// <summary>One streaming clustering step (copy detection, retrieval, scoring, assignment) with a warm window.</summary>
    [Benchmark]
    public ClusterUpdate ClusterOneArticle()
    {
        if (_next == _stream.Length)
        {
            _clusterer = new StoryClusterer(new StoryOptions());
            for (_next = 0; _next < 20_000; _next++) _clusterer.Add(_stream[_next]);
        }
        return _clusterer.Add(_stream[_next++]);
    }
}
