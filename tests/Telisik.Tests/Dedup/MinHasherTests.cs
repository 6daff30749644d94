using FsCheck;
using FsCheck.Fluent;
using Telisik.Dedup;

namespace Telisik.Tests.Dedup;

/// <summary>The MinHash kernel: estimates track the true Jaccard similarity of shingle sets.</summary>
public class MinHasherTests
{
    [Fact]
    public void Identical_sets_estimate_one_and_disjoint_sets_near_zero()
    {
        var h = new MinHasher(128);
        var a = Enumerable.Range(0, 300).Select(i => StableHash.Mix((ulong)i)).ToArray();
        var b = Enumerable.Range(1000, 300).Select(i => StableHash.Mix((ulong)i)).ToArray();
        Assert.Equal(1.0, MinHasher.EstimateJaccard(h.Signature(a), h.Signature(a.Reverse().ToArray())));
        Assert.True(MinHasher.EstimateJaccard(h.Signature(a), h.Signature(b)) < 0.05);
    }

    [Fact]
    public void Estimate_is_within_tolerance_of_true_jaccard()
    {
        var h = new MinHasher(256);
        Prop.ForAll(Gen.Choose(0, 400).ToArbitrary(), overlap =>
        {
            // Sets of 400 with `overlap` shared elements: Jaccard = overlap / (800 - overlap).
            var a = Enumerable.Range(0, 400).Select(i => StableHash.Mix((ulong)i)).ToArray();
            var b = Enumerable.Range(400 - overlap, 400).Select(i => StableHash.Mix((ulong)i)).ToArray();
            var truth = overlap / (800.0 - overlap);
            return Math.Abs(MinHasher.EstimateJaccard(h.Signature(a), h.Signature(b)) - truth) < 0.12;
        }).QuickCheckThrowOnFailure();
    }
}
