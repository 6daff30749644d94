using Telisik.Extraction.Dates;
using Telisik.Extraction.Entities;
using Telisik.Extraction.Figures;
using Telisik.Extraction.Quotes;
using Telisik.Language;

namespace Telisik.Pipeline;

/// <summary>The standard analysis pipeline. Models and lexicons load when this is called, once per process.</summary>
public static class DefaultPipeline
{
    /// <summary>Builds the full pipeline: tokens, sentences, language, stems, entities, dates, quotes, figures.</summary>
    public static AnalysisPipeline Create() =>
        AnalysisPipeline.CreateBuilder()
            .Add(new TokenStage(new Tokenizer()))
            .Add(new SentenceStage(new SentenceSplitter()))
            .Add(new LanguageStage(new LanguageIdentifier()))
            .Add(new StemStage(new IndonesianStemmer(), new EnglishStemmer()))
            .Add(new EntityStage())
            .Add(new DateStage())
            .Add(new QuoteStage())
            .Add(new FigureStage())
            .Build();

    /// <summary>The language stages only (tokens, sentences, language, stems): what the search index needs.</summary>
    public static AnalysisPipeline CreateLanguageOnly() =>
        AnalysisPipeline.CreateBuilder()
            .Add(new TokenStage(new Tokenizer()))
            .Add(new SentenceStage(new SentenceSplitter()))
            .Add(new LanguageStage(new LanguageIdentifier()))
            .Add(new StemStage(new IndonesianStemmer(), new EnglishStemmer()))
            .Build();
}
