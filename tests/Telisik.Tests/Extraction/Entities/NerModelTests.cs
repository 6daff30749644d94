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
        Assert.Contains(model.Weights.ToArray(), w => w != 0);
    }

    [Fact]
    public void Saved_model_reads_back_with_the_same_bytes()
    {
        var weights = new float[(1 << 8) * NerModel.RowWidth];
        for (var i = 0; i < weights.Length; i += 13) weights[i] = (i % 7) - 3.25f;
        var model = new NerModel(8, weights);
        using var first = new MemoryStream();
        model.Save(first);
        first.Position = 0;
        var back = NerModel.Load(first);
        using var second = new MemoryStream();
        back.Save(second);
        Assert.Equal(first.ToArray(), second.ToArray());
        Assert.Equal(-3.25f, back.Weights[0]);
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
