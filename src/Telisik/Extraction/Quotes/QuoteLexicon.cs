using System.Collections.Frozen;
using Telisik.Language;

namespace Telisik.Extraction.Quotes;

/// <summary>
/// The language data the quote finder reads: reporting cues, speaker pronouns, role words, words that end a speaker
/// phrase and words that announce a title. Loaded from <c>languages/{id,en}/</c>; lookups are case-insensitive.
/// Immutable and thread-safe.
/// </summary>
public sealed class QuoteLexicon
{
    private static readonly Lazy<QuoteLexicon> LazyDefault = new(() => Load(["id", "en"]));

    private readonly FrozenDictionary<string, CueKind> _cues;
    private readonly FrozenDictionary<string, RoleWordKind> _roles;
    private readonly FrozenSet<string> _pronouns;
    private readonly FrozenSet<string> _boundaries;
    private readonly FrozenSet<string> _titleCues;
    private readonly FrozenSet<string> _adverbs;
    private readonly FrozenSet<string> _notNames;
    private readonly FrozenSet<string> _negations;
    // Span lookups, created once: hot paths look words up without allocating strings.
    private readonly FrozenDictionary<string, CueKind>.AlternateLookup<ReadOnlySpan<char>> _cueLookup;
    private readonly FrozenDictionary<string, RoleWordKind>.AlternateLookup<ReadOnlySpan<char>> _roleLookup;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _pronounLookup, _boundaryLookup, _titleCueLookup, _adverbLookup, _notNameLookup, _negationLookup;

    private QuoteLexicon(
        Dictionary<string, CueKind> cues,
        Dictionary<string, RoleWordKind> roles,
        HashSet<string> pronouns,
        HashSet<string> boundaries,
        HashSet<string> titleCues,
        HashSet<string> adverbs,
        HashSet<string> notNames,
        HashSet<string> negations)
    {
        _cues = cues.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _roles = roles.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _pronouns = pronouns.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _boundaries = boundaries.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _titleCues = titleCues.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _adverbs = adverbs.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _notNames = notNames.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _negations = negations.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _cueLookup = _cues.GetAlternateLookup<ReadOnlySpan<char>>();
        _roleLookup = _roles.GetAlternateLookup<ReadOnlySpan<char>>();
        _pronounLookup = _pronouns.GetAlternateLookup<ReadOnlySpan<char>>();
        _boundaryLookup = _boundaries.GetAlternateLookup<ReadOnlySpan<char>>();
        _titleCueLookup = _titleCues.GetAlternateLookup<ReadOnlySpan<char>>();
        _adverbLookup = _adverbs.GetAlternateLookup<ReadOnlySpan<char>>();
        _notNameLookup = _notNames.GetAlternateLookup<ReadOnlySpan<char>>();
        _negationLookup = _negations.GetAlternateLookup<ReadOnlySpan<char>>();
        // Multi-word cues ("according to") are matched by their first word, then the rest.
        MultiWordCues = cues.Keys.Where(k => k.Contains(' ')).Select(k => k.Split(' ')).ToArray();
    }

    /// <summary>Indonesian and English together: articles mix them (English quotes in Indonesian articles).</summary>
    public static QuoteLexicon Default => LazyDefault.Value;

    /// <summary>Cues of several words, split into words (e.g. <c>according to</c>).</summary>
    internal string[][] MultiWordCues { get; }

    /// <summary>Loads and checks the packs of the given languages.</summary>
    /// <exception cref="InvalidDataException">A data line is malformed or a word has two different kinds.</exception>
    public static QuoteLexicon Load(IEnumerable<string> languages)
    {
        var cues = new Dictionary<string, CueKind>(StringComparer.OrdinalIgnoreCase);
        var roles = new Dictionary<string, RoleWordKind>(StringComparer.OrdinalIgnoreCase);
        var pronouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var boundaries = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var titleCues = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var adverbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var notNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var negations = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var lang in languages)
        {
            var dir = $"languages/{lang}/";
            foreach (var (word, kind) in ReadTable(dir + "reporting-verbs.txt"))
                Add(cues, word, kind switch
                {
                    "post" => CueKind.Post,
                    "verb" => CueKind.Verb,
                    "prep" => CueKind.Prep,
                    "colon" => CueKind.Colon,
                    _ => throw Bad(dir + "reporting-verbs.txt", word, kind),
                }, dir + "reporting-verbs.txt");
            foreach (var (word, kind) in ReadTable(dir + "speaker-roles.txt"))
                Add(roles, word, kind switch
                {
                    "title" => RoleWordKind.Title,
                    "part" => RoleWordKind.Part,
                    "det" => RoleWordKind.Determiner,
                    _ => throw Bad(dir + "speaker-roles.txt", word, kind),
                }, dir + "speaker-roles.txt");
            pronouns.UnionWith(LanguageData.ReadLines(dir + "speaker-pronouns.txt"));
            boundaries.UnionWith(LanguageData.ReadLines(dir + "speaker-boundaries.txt"));
            titleCues.UnionWith(LanguageData.ReadLines(dir + "quote-title-cues.txt"));
            adverbs.UnionWith(LanguageData.ReadLines(dir + "speaker-adverbs.txt"));
            notNames.UnionWith(LanguageData.ReadLines(dir + "not-names.txt"));
            negations.UnionWith(LanguageData.ReadLines(dir + "speaker-negations.txt"));
        }
        return new QuoteLexicon(cues, roles, pronouns, boundaries, titleCues, adverbs, notNames, negations);
    }

    /// <summary>The cue kind of a single word, if it is a reporting cue.</summary>
    public bool TryGetCue(ReadOnlySpan<char> word, out CueKind kind) =>
        _cueLookup.TryGetValue(word, out kind);

    /// <summary>The role kind of a word (<see cref="RoleWordKind.None"/> when not a role word).</summary>
    public RoleWordKind RoleKind(ReadOnlySpan<char> word) =>
        _roleLookup.TryGetValue(word, out var kind) ? kind : RoleWordKind.None;

    /// <summary>True for a pronoun that stands for the last named speaker (ia, dia, he, she).</summary>
    public bool IsPronoun(ReadOnlySpan<char> word) => _pronounLookup.Contains(word);

    /// <summary>True for a word that ends a speaker phrase (kepada, pada, to, on).</summary>
    public bool IsBoundary(ReadOnlySpan<char> word) => _boundaryLookup.Contains(word);

    /// <summary>True for a word that announces a title or term before quote marks (film, lagu, titled).</summary>
    public bool IsTitleCue(ReadOnlySpan<char> word) => _titleCueLookup.Contains(word);

    /// <summary>True for an adverb allowed between a speaker and the cue verb (juga, pun, also).</summary>
    public bool IsAdverb(ReadOnlySpan<char> word) => _adverbLookup.Contains(word);

    /// <summary>True for a capitalised function word that is never a name (Ini, Namun, The).</summary>
    public bool IsNotName(ReadOnlySpan<char> word) => _notNameLookup.Contains(word);

    /// <summary>True for a word that denies the cue after it (tidak, belum, not).</summary>
    public bool IsNegation(ReadOnlySpan<char> word) => _negationLookup.Contains(word);

    private static IEnumerable<(string Word, string Kind)> ReadTable(string name)
    {
        foreach (var line in LanguageData.ReadLines(name))
        {
            var tab = line.IndexOf('\t');
            if (tab <= 0) throw new InvalidDataException($"{name}: expected 'word<TAB>kind', got '{line}'.");
            yield return (line[..tab].Trim(), line[(tab + 1)..].Trim());
        }
    }

    private static void Add<T>(Dictionary<string, T> map, string word, T kind, string file) where T : struct, Enum
    {
        if (map.TryGetValue(word, out var existing) && !existing.Equals(kind))
            throw new InvalidDataException($"{file}: '{word}' is both {existing} and {kind}.");
        map[word] = kind;
    }

    private static InvalidDataException Bad(string file, string word, string kind) =>
        new($"{file}: unknown kind '{kind}' for '{word}'.");
}
