using System.Collections.Frozen;
using Telisik.Language;

namespace Telisik.Extraction.Entities.Lexicons;

/// <summary>
/// One language's entity pack, read from <c>languages/{lang}/</c>: gazetteers of places, capitals, organisations
/// and people, the titles that precede names (<c>Presiden</c>, <c>Juru Bicara</c>), words never a name alone
/// (<c>Senin</c>), and the prepositions that mark
/// a capital as a place rather than an actor (<c>di Pyongyang</c>). Gazetteer lines read
/// <c>Canonical | alias | alias</c>; capitals add <c>=&gt; Country</c>. Immutable and thread-safe.
/// </summary>
public sealed class EntityLexicon
{
    private static readonly (string File, EntityType Type)[] GazetteerFiles =
    [
        ("gazetteer-places.txt", EntityType.Place),
        ("gazetteer-capitals.txt", EntityType.Place),
        ("gazetteer-organisations.txt", EntityType.Organisation),
        ("gazetteer-people.txt", EntityType.Person),
    ];

    private readonly FrozenDictionary<string, GazetteerEntry> _bySurface;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _stopwords;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _speechCues;
    private readonly FrozenDictionary<string, EntityType>.AlternateLookup<ReadOnlySpan<char>> _heads;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _clusters;

    private EntityLexicon(string language, PhraseMatcher<GazetteerEntry> gazetteer, PhraseMatcher<string> titles,
        FrozenSet<string> locatives, FrozenSet<string> stopwords, FrozenSet<string> speechCues, FrozenDictionary<string, EntityType> heads,
        FrozenDictionary<string, GazetteerEntry> bySurface, FrozenDictionary<string, int> clusters)
    {
        _clusters = clusters.GetAlternateLookup<ReadOnlySpan<char>>();
        _heads = heads.GetAlternateLookup<ReadOnlySpan<char>>();
        _stopwords = stopwords.GetAlternateLookup<ReadOnlySpan<char>>();
        _speechCues = speechCues.GetAlternateLookup<ReadOnlySpan<char>>();
        Language = language;
        Gazetteer = gazetteer;
        Titles = titles;
        Locatives = locatives;
        _bySurface = bySurface;
    }

    /// <summary>The language code, "id" or "en".</summary>
    public string Language { get; }

    /// <summary>Every listed name and alias, mapped to its entry.</summary>
    public PhraseMatcher<GazetteerEntry> Gazetteer { get; }

    /// <summary>Titles and roles that precede a person's name, mapped to themselves as listed.</summary>
    public PhraseMatcher<string> Titles { get; }

    /// <summary>Lower-case prepositions after which a capital is a place, not its government.</summary>
    public FrozenSet<string> Locatives { get; }

    /// <summary>
    /// True for a capitalised word that is never a name alone and is trimmed from the start of a tagged name
    /// (days, months, sentence openers); case-insensitive.
    /// </summary>
    public bool IsStopword(ReadOnlySpan<char> word) => _stopwords.Contains(word);

    /// <summary>True for a word that introduces a speaker after a quote (<c>ungkap</c>, <c>said</c>); case-insensitive.</summary>
    public bool IsSpeechCue(ReadOnlySpan<char> word) => _speechCues.Contains(word);

    /// <summary>The type a name's first word fixes (<c>Lembaga</c>: organisation, <c>Kabupaten</c>: place), if any.</summary>
    public EntityType? HeadType(ReadOnlySpan<char> firstWord) => _heads.TryGetValue(firstWord, out var type) ? type : null;

    /// <summary>
    /// The word's clusters induced from unlabelled news (<c>word-clusters.txt</c>, optional): a fine and a coarse
    /// cluster number; false for a word the clustering did not see.
    /// </summary>
    public bool TryGetCluster(ReadOnlySpan<char> word, out int fine, out int coarse)
    {
        if (_clusters.TryGetValue(word, out var packed))
        {
            fine = packed >> 8;
            coarse = packed & 0xFF;
            return true;
        }
        fine = coarse = -1;
        return false;
    }

    /// <summary>Number of words with clusters.</summary>
    public int ClusteredWordCount => _clusters.Dictionary.Count;

    /// <summary>Number of listed surfaces (names and aliases).</summary>
    public int SurfaceCount => _bySurface.Count;

    /// <summary>The listed entry whose name or alias is exactly <paramref name="surface"/> (case-insensitive).</summary>
    public bool TryGetEntry(string surface, out GazetteerEntry entry) => _bySurface.TryGetValue(surface, out entry!);

    /// <summary>Loads the embedded pack for <paramref name="language"/> ("id" or "en").</summary>
    /// <exception cref="InvalidDataException">A file is missing or a line is malformed.</exception>
    public static EntityLexicon Load(string language, Tokenizer tokenizer)
    {
        var phrases = new List<(string, GazetteerEntry)>();
        var bySurface = new Dictionary<string, GazetteerEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var (file, type) in GazetteerFiles)
        {
            var path = $"languages/{language}/{file}";
            foreach (var line in LanguageData.ReadLines(path))
            {
                var entry = ParseLine(line, type, path, out var surfaces);
                foreach (var s in surfaces)
                {
                    phrases.Add((s, entry));
                    bySurface.TryAdd(s, entry); // first listing wins: files are ordered places, capitals, orgs, people
                }
            }
        }
        var titles = LanguageData.ReadLines($"languages/{language}/titles.txt").Select(t => (t, t));
        var locatives = LanguageData.ReadLines($"languages/{language}/locative-prepositions.txt")
            .Select(l => l.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
        var speechCues = LanguageData.ReadLines($"languages/{language}/entity-speech-cues.txt")
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        var stopwords = LanguageData.ReadLines($"languages/{language}/entity-stopwords.txt")
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        return new EntityLexicon(language, new PhraseMatcher<GazetteerEntry>(phrases, tokenizer),
            new PhraseMatcher<string>(titles, tokenizer), locatives, stopwords, speechCues, ReadHeads(language),
            bySurface.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase), ReadClusters(language));
    }

    private static FrozenDictionary<string, int> ReadClusters(string language)
    {
        var path = $"languages/{language}/word-clusters.txt";
        var clusters = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        if (!LanguageData.Exists(path)) return clusters.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        foreach (var line in LanguageData.ReadLines(path))
        {
            var parts = line.Split('\t');
            if (parts.Length != 3 || !int.TryParse(parts[1], out var fine) || !int.TryParse(parts[2], out var coarse)
                || fine is < 0 or > 0xFFFF || coarse is < 0 or > 0xFF)
                throw new InvalidDataException($"{path}: expected 'word TAB fine TAB coarse', got '{line}'.");
            clusters.TryAdd(parts[0], fine << 8 | coarse);
        }
        return clusters.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static FrozenDictionary<string, EntityType> ReadHeads(string language)
    {
        var path = $"languages/{language}/entity-heads.txt";
        var heads = new Dictionary<string, EntityType>(StringComparer.Ordinal);
        foreach (var line in LanguageData.ReadLines(path))
        {
            var parts = line.Split("=>", StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !Enum.TryParse<EntityType>(parts[1], out var type))
                throw new InvalidDataException($"{path}: expected 'Word => Organisation|Place|Person', got '{line}'.");
            heads[parts[0]] = type;
        }
        return heads.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static GazetteerEntry ParseLine(string line, EntityType type, string path, out string[] surfaces)
    {
        string? actsFor = null;
        var arrow = line.IndexOf("=>", StringComparison.Ordinal);
        if (arrow >= 0)
        {
            actsFor = line[(arrow + 2)..].Trim();
            line = line[..arrow];
            if (actsFor.Length == 0) throw new InvalidDataException($"{path}: empty country after '=>' in '{line}'.");
        }
        surfaces = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (surfaces.Length == 0) throw new InvalidDataException($"{path}: a line has no name.");
        return new GazetteerEntry(type, surfaces[0], actsFor);
    }
}
