using Telisik.Pipeline;

namespace Telisik.Language;

/// <summary>Pipeline stage: stems word tokens with the article language's stemmer.</summary>
public sealed class StemStage(IndonesianStemmer indonesian, EnglishStemmer english) : IAnalysisStage
{
    /// <inheritdoc />
    public string Name => "stems";
    /// <inheritdoc />
    public IReadOnlyList<string> Requires => [StageNames.Tokens, StageNames.Language];
    /// <inheritdoc />
    public IReadOnlyList<string> Provides => [StageNames.Stems];

    /// <inheritdoc />
    public void Run(AnalyzedArticle doc)
    {
        IStemmer stemmer = doc.Article.Language == "en" ? english : indonesian;
        var stems = new string?[doc.Tokens.Length];
        for (var i = 0; i < stems.Length; i++)
        {
            var t = doc.Tokens[i];
            if (t.Kind != TokenKind.Word) continue;
            stems[i] = stemmer.Stem(TextNormalizer.Normalize(t.Of(doc.Text)));
        }
        doc.Stems = stems;
    }
}
