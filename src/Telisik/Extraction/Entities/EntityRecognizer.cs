using Telisik.Extraction.Entities.Lexicons;
using Telisik.Extraction.Entities.Recognition;
using Telisik.Extraction.Entities.Resolution;
using Telisik.Extraction.Entities.Tagging;
using Telisik.Language;

namespace Telisik.Extraction.Entities;

/// <summary>
/// Finds the people, organisations and places of one article and resolves their aliases within it: the trained
/// tagger and the gazetteers find mentions, the alias rules group them into entities. Indonesian and English
/// share the model (trained on Indonesian; English leans on shape and gazetteer features) and each language
/// brings its own gazetteers and titles. Immutable and thread-safe; build once per process.
/// </summary>
public sealed class EntityRecognizer
{
    /// <summary>Share of words that must carry a capital for a text to count as cased (NERP-style text has none).</summary>
    public const double CasedWordShare = 0.02;

    private readonly Dictionary<string, (MentionFinder Finder, AliasResolver Resolver)> _byLanguage;

    /// <summary>Builds a recognizer over <paramref name="model"/> with the embedded Indonesian and English packs.</summary>
    public EntityRecognizer(NerModel model, Tokenizer tokenizer)
    {
        _byLanguage = new Dictionary<string, (MentionFinder, AliasResolver)>(StringComparer.Ordinal);
        foreach (var language in new[] { "id", "en" })
        {
            var lexicon = EntityLexicon.Load(language, tokenizer);
            _byLanguage[language] = (new MentionFinder(new NerTagger(model, new NerFeatureExtractor(lexicon))), new AliasResolver(lexicon));
        }
        Model = model;
    }

    /// <summary>The tagger's model.</summary>
    public NerModel Model { get; }

    /// <summary>A recognizer over the shipped model <c>models/ner.bin</c>.</summary>
    public static EntityRecognizer LoadShipped() => new(NerModel.LoadShipped(), new Tokenizer());

    /// <summary>
    /// The entities of <paramref name="text"/>, tokenized as <paramref name="tokens"/> and split into
    /// <paramref name="sentences"/> (may be empty: the text is then one sentence), in order of first mention.
    /// Languages other than "en" use the Indonesian pack.
    /// </summary>
    public List<Entity> Recognize(string text, Token[] tokens, Sentence[] sentences, string language)
    {
        if (tokens.Length == 0) return [];
        var (finder, resolver) = _byLanguage[language == "en" ? "en" : "id"];
        var cased = IsCased(text, tokens);
        var mentions = finder.Find(text, tokens, sentences, cased);
        return resolver.Resolve(text, tokens, mentions, cased);
    }

    /// <summary>
    /// True when the text uses capitals at all: lower-cased text (as in the NERP corpus or some feeds) is tagged
    /// without capitalisation features rather than read as having no names.
    /// </summary>
    public static bool IsCased(string text, ReadOnlySpan<Token> tokens)
    {
        int words = 0, capitalised = 0;
        foreach (var t in tokens)
        {
            if (t.Kind != TokenKind.Word) continue;
            words++;
            if (t.Of(text).IndexOfAnyInRange('A', 'Z') >= 0 || char.IsUpper(text[t.Start])) capitalised++;
        }
        return words > 0 && capitalised >= Math.Max(1, words * CasedWordShare);
    }
}
