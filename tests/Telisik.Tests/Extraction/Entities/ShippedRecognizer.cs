using Telisik.Extraction.Entities;
using Telisik.Language;

namespace Telisik.Tests.Extraction.Entities;

/// <summary>One recognizer over the shipped model for all entity tests (loading it once keeps the suite fast).</summary>
public sealed class ShippedRecognizer
{
    private static readonly Lazy<EntityRecognizer> Shared = new(EntityRecognizer.LoadShipped);

    public EntityRecognizer Recognizer => Shared.Value;

    /// <summary>Tokenizes, splits and recognizes <paramref name="text"/>.</summary>
    public List<Entity> Recognize(string text, string language = "id")
    {
        var tokens = new Tokenizer().Tokenize(text);
        var sentences = new SentenceSplitter().Split(text, tokens);
        return Recognizer.Recognize(text, tokens, sentences, language);
    }
}
