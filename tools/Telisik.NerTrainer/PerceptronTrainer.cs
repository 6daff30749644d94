using Telisik.Extraction.Entities;
using Telisik.Extraction.Entities.Tagging;

namespace Telisik.NerTrainer;

/// <summary>
/// Trains the greedy tagger as an averaged perceptron: decode each token with the current weights (label history
/// as predicted), and on a mistake add the features to the gold label's row and subtract them from the predicted
/// one. Averaging uses the usual trick of accumulating <c>step * delta</c>. Deterministic for a fixed seed.
/// </summary>
internal sealed class PerceptronTrainer(NerFeatureExtractor extractor, int bits, int epochs, int seed, float shared)
{
    /// <summary>Trains on <paramref name="sentences"/> and returns the averaged model.</summary>
    public NerModel Train(IReadOnlyList<TaggedSentence> sentences, TextWriter log)
    {
        var features = sentences.Select(Featurize).ToArray();
        var size = (1 << bits) * NerModel.RowWidth;
        var weights = new float[size];
        var totals = new double[size];
        var mask = (1u << bits) - 1;
        long step = 1;
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(seed);
        Span<float> scores = stackalloc float[NerModel.RowWidth];
        Span<uint> dynamic = stackalloc uint[NerFeatureExtractor.DynamicCount];
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            long errors = 0, tokens = 0;
            foreach (var s in order)
            {
                var gold = sentences[s].Gold;
                var feats = features[s];
                NerLabel? p1 = null, p2 = null;
                for (var i = 0; i < gold.Length; i++)
                {
                    var token = feats.AsSpan(i * NerFeatureExtractor.Stride, NerFeatureExtractor.Stride);
                    NerTagger.Score(token, p1, p2, weights, bits, sentences[s].Domain, scores);
                    var guess = NerTagger.Best(scores, p1 ?? NerLabel.O);
                    if (guess != gold[i])
                    {
                        errors++;
                        NerFeatureExtractor.ExtractDynamic(token, p1, p2, dynamic);
                        var salt = (uint)sentences[s].Domain;
                        for (var f = 0; f < NerFeatureExtractor.StaticCount; f++) Update(token[f], salt);
                        foreach (var d in dynamic) Update(d, salt);
                    }
                    tokens++;
                    step++;
                    p2 = p1;
                    p1 = guess;

                    void Update(uint feature, uint salt)
                    {
                        Add(feature, salt == 0 ? 1f : shared);
                        if (salt != 0) Add(NerTagger.DomainHash(feature, salt), 1f);
                    }

                    void Add(uint hash, float rate)
                    {
                        var row = (int)(hash & mask) * NerModel.RowWidth;
                        weights[row + (int)gold[i]] += rate;
                        totals[row + (int)gold[i]] += rate * step;
                        weights[row + (int)guess] -= rate;
                        totals[row + (int)guess] -= rate * step;
                    }
                }
            }
            log.WriteLine($"  epoch {epoch,2}: token errors {errors} / {tokens} ({100.0 * errors / tokens:F2}%)");
        }
        var averaged = new float[size];
        for (var k = 0; k < size; k++) averaged[k] = (float)(weights[k] - totals[k] / step);
        return new NerModel(bits, averaged);
    }

    private uint[] Featurize(TaggedSentence s)
    {
        var output = new uint[s.Tokens.Length * NerFeatureExtractor.Stride];
        extractor.Extract(s.Text, s.Tokens, s.Cased, output);
        return output;
    }
}
