using Telisik.Extraction.Entities;
using Telisik.Extraction.Entities.Lexicons;
using Telisik.Extraction.Entities.Tagging;
using Telisik.Language;

namespace Telisik.Tests.Extraction.Entities;

public class NerModelTests
{
    [Fact]
    public void Shipped_model_loads_and_fits_the_size_budget()
    {
        using var stream = LanguageData.Open(NerModel.ShippedName);
        Assert.InRange(stream.Length, 1, 15L * 1024 * 1024);
        var model = NerModel.Load(stream);
        Assert.Contains(model.Weights(NerDomain.News).ToArray(), w => w != 0);
    }

    [Fact]
    public void Saved_model_reads_back_with_shared_and_domain_weights_folded()
    {
        var tables = Enumerable.Range(0, NerModel.DomainCount).Select(d =>
        {
            var weights = new float[(1 << 8) * NerModel.RowWidth];
            for (var i = 0; i < weights.Length; i += 13)
                if (i % NerModel.RowWidth < NerLabels.Count) weights[i] = (i % 7) - 3.25f + d; // the padding column is not stored
            return weights;
        }).ToArray();
        var model = new NerModel(8, tables);
        using var first = new MemoryStream();
        model.Save(first);
        using var second = new MemoryStream();
        new NerModel(8, tables).Save(second);
        Assert.Equal(first.ToArray(), second.ToArray()); // deterministic bytes
        first.Position = 0;
        var back = NerModel.Load(first);
        Assert.Equal(-3.25f, back.Weights(NerDomain.General)[0]);
        Assert.Equal(-3.25f + (-3.25f + 1), back.Weights(NerDomain.News)[0]);
        Assert.Equal(model.Weights(NerDomain.Lowercase).ToArray(), back.Weights(NerDomain.Lowercase).ToArray());
    }

    [Fact]
    public void A_file_that_is_not_a_model_is_refused_with_a_reason()
    {
        var error = Assert.Throws<InvalidDataException>(() => NerModel.Load(new MemoryStream("NOPE...."u8.ToArray())));
        Assert.Contains("magic", error.Message);
    }

    [Fact]
    public void Decoding_never_continues_an_entity_of_another_type()
    {
        Span<float> scores = [0f, 0f, 0f, 0f, 9f, 0f, 0f, 0f]; // I-ORG scores best
        Assert.NotEqual(NerLabel.IOrg, NerTagger.Best(scores, NerLabel.BPer));
        Assert.Equal(NerLabel.IOrg, NerTagger.Best(scores, NerLabel.BOrg));
    }
}
