using System.Collections.Frozen;

namespace Telisik.Language;

/// <summary>
/// Identifies an article's language from the share of its words that are function words of Indonesian or of
/// English (the stop-word lists; words on both lists count for neither). The majority wins, so an Indonesian
/// article quoting an English sentence stays Indonesian. Text with too few function words of either language (a
/// box score of names and numbers, or another language) is matched against character n-gram profiles
/// (<see cref="LanguageProfiles"/>): Latin-script text nearest to the English or Indonesian profile is that language,
/// anything else is <c>other</c>. Reads at most <see cref="MaxWords"/> words. Thread-safe.
/// </summary>
public sealed class LanguageIdentifier
{
    /// <summary>Words read from the start of the text; enough to decide, and bounds the cost of huge inputs.</summary>
    public const int MaxWords = 4000;

    /// <summary>Fewest function-word hits needed to name a language.</summary>
    public const int MinHits = 2;

    /// <summary>
    /// Smallest share of words that must be Indonesian function words to call a text Indonesian. Calibrated on
    /// IndoSum (lowest article 8.7 %, typical 25–40 %) against Portuguese/Italian pages (at most 4.5 %: para, di).
    /// </summary>
    public const double MinCoverageIndonesian = 0.06;

    /// <summary>
    /// Smallest share of words that must be English function words to call a text English. Calibrated on the AEB
    /// English bodies (lowest 12 %, typical 25–45 %) against its Portuguese, German, Italian and Japanese bodies,
    /// whose shared short words (a, do, no, in, am, so) reach 8.5 %.
    /// </summary>
    public const double MinCoverageEnglish = 0.10;

    /// <summary>
    /// Largest profile distance at which a text with few function words is still named after its nearest profile.
    /// English AEB bodies reach 0.674 (a box score), IndoSum articles 0.645; text whose n-grams the profiles barely
    /// share (a language without a profile, a mostly non-Latin page) lands above 0.9.
    /// </summary>
    public const double MaxProfileDistance = 0.8;

    /// <summary>Profile margin (second distance minus best) at which a profile guess gets its full confidence, 0.5.</summary>
    private const double ConfidentProfileMargin = 0.1;

    /// <summary>Longest word looked up: function words are short.</summary>
    private const int MaxFunctionWordLength = 12;

    private const byte Indonesian = 1;
    private const byte English = 2;

    private readonly FrozenDictionary<string, byte> _functionWords;
    private readonly FrozenDictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly LanguageProfiles? _profiles;

    /// <summary>An identifier with the built-in stop-word lists and n-gram profiles.</summary>
    public LanguageIdentifier() : this(LanguagePack.Indonesian.StopWords, LanguagePack.English.StopWords, LanguageProfiles.Shipped) { }

    /// <summary>
    /// An identifier with the given function-word lists and, for text with too few function words, the given
    /// profiles (none: such text is <c>other</c>).
    /// </summary>
    public LanguageIdentifier(WordList indonesian, WordList english, LanguageProfiles? profiles = null)
    {
        _profiles = profiles;
        // One table: each word maps to the languages it belongs to; words of both count for neither.
        var table = new Dictionary<string, byte>(StringComparer.Ordinal);
        foreach (var w in indonesian.Entries) table[TextNormalizer.Normalize(w)] = Indonesian;
        foreach (var w in english.Entries)
        {
            var key = TextNormalizer.Normalize(w);
            table[key] = (byte)(table.GetValueOrDefault(key) | English);
        }
        _functionWords = table.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _functionWords.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Identifies the language of <paramref name="text"/>, tokenized as <paramref name="tokens"/>.</summary>
    public LanguageGuess Identify(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        int words = 0, id = 0, en = 0;
        Span<char> buffer = stackalloc char[MaxFunctionWordLength];
        foreach (var t in tokens)
        {
            if (t.Kind != TokenKind.Word) continue;
            if (++words > MaxWords) { words--; break; }
            if (t.Length > MaxFunctionWordLength) continue;
            var n = TextNormalizer.Normalize(t.Of(text), buffer);
            if (n <= 0 || !_lookup.TryGetValue(buffer[..n], out var languages)) continue;
            if (languages == Indonesian) id++;
            else if (languages == English) en++;
        }
        var best = Math.Max(id, en);
        if (words == 0) return new LanguageGuess("other", 1.0);
        var coverage = (double)best / words;
        var minCoverage = id >= en ? MinCoverageIndonesian : MinCoverageEnglish;
        // Too few function words: the n-gram profiles may still tell English or Indonesian apart from the rest.
        if ((best < MinHits || coverage < minCoverage) && ByProfile(text, tokens) is { } profiled) return profiled;
        // Too little text to tell: "other", unsure. Plenty of words but few function words: "other", surer the fewer.
        if (best < MinHits) return new LanguageGuess("other", 0.5);
        if (coverage < minCoverage) return new LanguageGuess("other", Math.Round(1.0 - coverage / minCoverage * 0.5, 3));
        var share = (double)best / (id + en);
        var confidence = share * Math.Min(1.0, coverage / 0.2);
        return new LanguageGuess(id >= en ? "id" : "en", Math.Round(confidence, 3));
    }

    /// <summary>
    /// English or Indonesian when the text's nearest profile is that language and near enough; confidence at most
    /// 0.5, growing with the margin over the second profile. Null otherwise.
    /// </summary>
    private LanguageGuess? ByProfile(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        if (_profiles?.Match(text, tokens) is not { } match || match.Distance > MaxProfileDistance) return null;
        var code = match.Code switch { "en" => "en", "id" => "id", _ => null };
        if (code is null) return null;
        return new LanguageGuess(code, Math.Round(0.5 * Math.Min(1.0, match.Margin / ConfidentProfileMargin), 3));
    }

    /// <summary>Identifies the language of <paramref name="text"/>.</summary>
    public LanguageGuess Identify(string text, ReadOnlySpan<Token> tokens) => Identify(text.AsSpan(), tokens);
}
