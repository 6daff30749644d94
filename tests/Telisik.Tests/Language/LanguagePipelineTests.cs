using Telisik.Documents;
using Telisik.Language;
using Telisik.Pipeline;

namespace Telisik.Tests.Language;

public class LanguagePipelineTests
{
    private static AnalyzedArticle Analyze(string text)
    {
        var pipeline = AnalysisPipeline.CreateBuilder()
            .Add(new TokenStage(new Tokenizer()))
            .Add(new SentenceStage(new SentenceSplitter()))
            .Add(new LanguageStage(new LanguageIdentifier()))
            .Add(new StemStage(new IndonesianStemmer(), new EnglishStemmer()))
            .Build();
        return pipeline.Analyze(new Article { Id = "t", RawText = text, Text = text, OffsetMap = OffsetMap.Identity(text.Length) });
    }

    [Fact]
    public void The_language_stages_fill_language_sentences_tokens_and_stems()
    {
        var doc = Analyze("Pemerintah menyatakan bahwa 12.000 tentara telah dikirim ke perbatasan.\nMereka tiba pada Senin (18/10).");
        Assert.Equal("id", doc.Article.Language);
        Assert.True(doc.Article.LanguageConfidence > 0.5);
        Assert.Equal(2, doc.Sentences.Length);
        Assert.Equal(doc.Tokens.Length, doc.Stems.Length);
        Assert.Equal("kirim", doc.Stems[Array.FindIndex(doc.Tokens, t => t.Of(doc.Text).SequenceEqual("dikirim"))]);
        Assert.Null(doc.Stems[Array.FindIndex(doc.Tokens, t => t.Kind == TokenKind.Number)]);
    }

    [Fact]
    public void The_stem_stage_declares_that_it_needs_sentences()
    {
        var builder = AnalysisPipeline.CreateBuilder()
            .Add(new TokenStage(new Tokenizer()))
            .Add(new LanguageStage(new LanguageIdentifier()))
            .Add(new StemStage(new IndonesianStemmer(), new EnglishStemmer()));
        Assert.Throws<InvalidOperationException>(() => builder.Build());
    }

    [Fact]
    public void The_default_pipeline_builds_with_the_language_stages_in_order() => Assert.NotNull(DefaultPipeline.Create());
}
