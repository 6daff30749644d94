using System.Buffers;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Telisik.Language;

namespace Telisik.Extraction.Entities.Tagging;

/// <summary>
/// Greedy left-to-right BIO tagger over an averaged-perceptron model: each token takes the best-scoring label
/// that BIO allows after the previous one, with the previous two labels as features. Immutable and thread-safe.
/// </summary>
public sealed class NerTagger(NerModel model, NerFeatureExtractor features)
{

    /// <summary>The model.</summary>
    public NerModel Model { get; } = model;

    /// <summary>The feature extractor (with its lexicon).</summary>
    public NerFeatureExtractor Features { get; } = features;

    /// <summary>Labels the tokens of one sentence into <paramref name="labels"/> (same length as <paramref name="tokens"/>).</summary>
    public void Tag(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, bool cased, NerDomain domain, Span<NerLabel> labels)
    {
        if (labels.Length < tokens.Length) throw new ArgumentException("Labels too short.", nameof(labels));
        if (tokens.Length == 0) return;
        var size = tokens.Length * NerFeatureExtractor.Stride;
        var buffer = ArrayPool<uint>.Shared.Rent(size);
        try
        {
            var feats = buffer.AsSpan(0, size);
            Features.Extract(text, tokens, cased, feats);
            Decode(feats, tokens.Length, Model.Weights(domain), Model.Bits, labels);
        }
        finally
        {
            ArrayPool<uint>.Shared.Return(buffer);
        }
    }

    /// <summary>Greedy decoding of <paramref name="n"/> tokens' features with one weight table.</summary>
    public static void Decode(ReadOnlySpan<uint> features, int n, ReadOnlySpan<float> weights, int bits, Span<NerLabel> labels)
    {
        Span<float> scores = stackalloc float[NerModel.RowWidth];
        NerLabel? p1 = null, p2 = null;
        for (var i = 0; i < n; i++)
        {
            var token = features.Slice(i * NerFeatureExtractor.Stride, NerFeatureExtractor.Stride);
            Score(token, p1, p2, weights, [], bits, scores);
            var best = Best(scores, p1 ?? NerLabel.O);
            labels[i] = best;
            p2 = p1;
            p1 = best;
        }
    }

    /// <summary>
    /// Scores every label for one token (its <see cref="NerFeatureExtractor.Stride"/> values) given the label
    /// history: the sum of the feature rows of <paramref name="weights"/> and, when not empty, of
    /// <paramref name="more"/> (training scores shared and domain tables without folding them).
    /// </summary>
    public static void Score(ReadOnlySpan<uint> token, NerLabel? previous, NerLabel? beforePrevious,
        ReadOnlySpan<float> weights, ReadOnlySpan<float> more, int bits, Span<float> scores)
    {
        var mask = (1u << bits) - 1;
        Span<uint> dynamic = stackalloc uint[NerFeatureExtractor.DynamicCount];
        NerFeatureExtractor.ExtractDynamic(token, previous, beforePrevious, dynamic);
        var acc = Sum(token[..NerFeatureExtractor.StaticCount], weights, mask) + Sum(dynamic, weights, mask);
        if (!more.IsEmpty) acc += Sum(token[..NerFeatureExtractor.StaticCount], more, mask) + Sum(dynamic, more, mask);
        acc.CopyTo(scores);
    }

    private static Vector256<float> Sum(ReadOnlySpan<uint> features, ReadOnlySpan<float> weights, uint mask)
    {
        ref var w0 = ref MemoryMarshal.GetReference(weights);
        var acc = Vector256<float>.Zero;
        foreach (var f in features) acc += Vector256.LoadUnsafe(ref w0, (f & mask) * NerModel.RowWidth);
        return acc;
    }

    /// <summary>The best label BIO allows after <paramref name="previous"/>; ties go to the lower label (O first).</summary>
    public static NerLabel Best(ReadOnlySpan<float> scores, NerLabel previous)
    {
        var best = NerLabel.O;
        var bestScore = scores[0];
        for (var l = 1; l < NerLabels.Count; l++)
        {
            var label = (NerLabel)l;
            if (scores[l] > bestScore && NerLabels.CanFollow(previous, label))
            {
                best = label;
                bestScore = scores[l];
            }
        }
        return best;
    }
}
