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
        // Table 0 holds the shared copy of every feature, table d its copy for domain d, in the same bucket.
        var weights = Enumerable.Range(0, NerModel.DomainCount).Select(_ => new float[size]).ToArray();
        var totals = Enumerable.Range(0, NerModel.DomainCount).Select(_ => new double[size]).ToArray();
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
                    var domain = (int)sentences[s].Domain;
                    NerTagger.Score(token, p1, p2, weights[0], domain == 0 ? [] : weights[domain], bits, scores);
                    var guess = NerTagger.Best(scores, p1 ?? NerLabel.O);
                    if (guess != gold[i])
                    {
                        errors++;
                        NerFeatureExtractor.ExtractDynamic(token, p1, p2, dynamic);
                        for (var f = 0; f < NerFeatureExtractor.StaticCount; f++) Update(token[f]);
                        foreach (var d in dynamic) Update(d);
                    }
                    tokens++;
                    step++;
                    p2 = p1;
                    p1 = guess;

                    void Update(uint feature)
                    {
                        var row = (int)(feature & mask) * NerModel.RowWidth;
                        Add(0, row, domain == 0 ? 1f : shared);
                        if (domain != 0) Add(domain, row, 1f);
                    }

                    void Add(int table, int row, float rate)
                    {
                        weights[table][row + (int)gold[i]] += rate;
                        totals[table][row + (int)gold[i]] += rate * step;
                        weights[table][row + (int)guess] -= rate;
                        totals[table][row + (int)guess] -= rate * step;
                    }
                }
            }
            log.WriteLine($"  epoch {epoch,2}: token errors {errors} / {tokens} ({100.0 * errors / tokens:F2}%)");
        }
        var averaged = new float[NerModel.DomainCount][];
        for (var d = 0; d < averaged.Length; d++)
        {
            averaged[d] = new float[size];
            for (var k = 0; k < size; k++) averaged[d][k] = (float)(weights[d][k] - totals[d][k] / step);
        }
        return new NerModel(bits, averaged);
    }

    private uint[] Featurize(TaggedSentence s)
    {
        var output = new uint[s.Tokens.Length * NerFeatureExtractor.Stride];
        extractor.Extract(s.Text, s.Tokens, s.Cased, output);
        return output;
    }
}
