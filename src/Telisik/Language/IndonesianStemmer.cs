namespace Telisik.Language;

/// <summary>
/// Indonesian confix-stripping stemmer (the Nazief–Adriani / ECS family) checked against a <see cref="RootLexicon"/>.
/// It removes particles (-lah, -kah, -tah, -pun), possessives (-ku, -mu, -nya) and derivational suffixes
/// (-kan, -an, -i), then up to three prefixes (di-, ke-, se-, ku-/kau-, ber-, ter-, meN-, peN-, per-) with their
/// recoding rules (menulis → tulis, memukul → pukul, menyapu → sapu, mengupas → kupas), trying the ECS suffix
/// restorations (-kan as -an; no suffix) in order. A result must be in the lexicon; a root whose lexicon entry
/// accepts the affix wins over one that does not (kupas over upas), and of two recodings that both give a root, news
/// text decides (mengalahkan → kalah, not alah: see <see cref="RootFrequencies"/>). Stem exceptions keep their form
/// under affixes (dimulai → mulai, sebelumnya → sebelum); listed infixed and reduplicated words go to their root
/// (kinerja → kerja: see <see cref="InfixedWords"/>); the loan suffixes -isme and -isasi come off a root (finalisasi
/// → final); Ce-reduplicated collectives lose both (reruntuhan → runtuh). A word with no such analysis is returned
/// unchanged, except that an unknown word loses a trailing -nya. Words written with a capital (names: Bekasi, Bali)
/// are only stemmed through a prefix the root accepts. Results are cached; thread-safe.
/// </summary>
public sealed partial class IndonesianStemmer : IStemmer
{
    /// <summary>Shortest root an affix may be stripped down to.</summary>
    public const int MinRootLength = 3;

    /// <summary>Longest word analysed; longer ones come back unchanged.</summary>
    public const int MaxWordLength = 40;

    /// <summary>Shortest remainder taken as a root missing from the lexicon after ber-/ter-.</summary>
    public const int MinUnknownRootLength = 5;

    /// <summary>Shortest root left by a loan suffix (-isme, -isasi) or a reduplicated collective (Ce-…-an).</summary>
    public const int MinInnerRootLength = 4;

    private static readonly string[] Particles = ["lah", "kah", "tah", "pun"];
    private static readonly string[] Possessives = ["nya", "ku", "mu"];
    private static readonly string[] Derivational = ["kan", "an", "i"];
    private static readonly string[] CliticParts = ["nya", "ku", "mu", "lah", "kah", "pun"];

    private readonly RootLexicon _lexicon;
    private readonly StemCache _cache;
    private readonly StemCache _nameCache;
    private readonly StemCache _keptCache;

    private readonly WordList _keep;
    private readonly RootFrequencies _frequencies;
    private readonly InfixedWords _infixed;

    /// <summary>A stemmer over the shipped lexicon (<c>languages/id/root-words.txt</c>).</summary>
    public IndonesianStemmer() : this(RootLexicon.Indonesian) { }

    /// <summary>
    /// A stemmer over <paramref name="lexicon"/> with caches of <paramref name="cacheCapacity"/> words. Words in
    /// <paramref name="keep"/> (default: <c>languages/id/stem-exceptions.txt</c>) are stems of their own: mereka is
    /// not me- + reka, and dimulai is di- + mulai. <paramref name="frequencies"/> (default: the shipped
    /// <see cref="RootFrequencies.Indonesian"/>) choose between rival recodings; <paramref name="infixed"/> (default:
    /// <see cref="InfixedWords.Indonesian"/>) are the infixed and reduplicated words reduced to their root.
    /// </summary>
    public IndonesianStemmer(RootLexicon lexicon, int cacheCapacity = StemCache.DefaultCapacity, WordList? keep = null,
        RootFrequencies? frequencies = null, InfixedWords? infixed = null)
    {
        _lexicon = lexicon;
        _keep = keep ?? LanguagePack.Indonesian.StemExceptions;
        _frequencies = frequencies ?? RootFrequencies.Indonesian;
        _infixed = infixed ?? InfixedWords.Indonesian;
        _cache = new StemCache(cacheCapacity);
        _nameCache = new StemCache(cacheCapacity);
        _keptCache = new StemCache(cacheCapacity);
    }

    /// <summary>The root lexicon.</summary>
    public RootLexicon Lexicon => _lexicon;

    /// <inheritdoc />
    public string Stem(string word) => Stem(word.AsSpan(), capitalised: false);

    /// <summary>
    /// The stem of the lower-case matching form <paramref name="word"/>. When <paramref name="capitalised"/> (the text
    /// wrote it with a capital, so it may be a name) only a prefix the root accepts is stripped: Bekasi stays bekasi.
    /// Allocates only on a cache miss.
    /// </summary>
    public string Stem(ReadOnlySpan<char> word, bool capitalised = false) => Stem(word, capitalised, stripAffixes: true);

    /// <summary>
    /// As <see cref="Stem(ReadOnlySpan{char}, bool)"/>; with <paramref name="stripAffixes"/> false the word comes
    /// back unchanged, as a string shared through the cache (for names and acronyms).
    /// </summary>
    public string Stem(ReadOnlySpan<char> word, bool capitalised, bool stripAffixes)
    {
        var cache = !stripAffixes ? _keptCache : capitalised ? _nameCache : _cache;
        if (cache.TryGet(word, out var stem)) return stem;
        var w = word.ToString();
        stem = stripAffixes ? Compute(w, capitalised) : w;
        cache.Add(w, stem);
        return stem;
    }

    private string Compute(string word, bool requirePrefix)
    {
        if (word.Length < MinRootLength || word.Length > MaxWordLength || !IsPlainWord(word)) return word;
        if (KnownStem(word) is { } known) return known;
        if (_lexicon.Contains(word)) return word;
        if (word.Contains('-')) return StemCompound(word, requirePrefix);
        var found = Search(word, requirePrefix);
        if (found is not null) return KnownStem(found) ?? found;
        if (requirePrefix) return word;
        var bare = StripAny(StripAny(word, Particles), Possessives);
        if (ReduplicatedCollective(bare) is { } collective) return collective;
        if (word.EndsWith("nya", StringComparison.Ordinal) && word.Length - 3 >= 4) return word[..^3];
        return UnknownRootAfterPlainPrefix(word) ?? word;
    }

    /// <summary>
    /// A word that is a stem by itself: a stem exception (mulai, sendiri) as it is, a listed infixed or reduplicated
    /// word as its root (kinerja → kerja); null for any other word.
    /// </summary>
    private string? KnownStem(string word)
    {
        if (_keep.Contains(word)) return word;
        foreach (var root in _infixed.RootsOf(word))
            if (_lexicon.Contains(root)) return root;
        return null;
    }

    /// <summary>
    /// ber- and ter- never recode the root, so a lower-case word made of one of them and an unknown remainder of at
    /// least <see cref="MinUnknownRootLength"/> letters is taken as that prefix on a root the lexicon lacks
    /// (bernafas → nafas, terhenyak → henyak). Other prefixes recode or collide with loanwords (di-, pe-, me-).
    /// </summary>
    private static string? UnknownRootAfterPlainPrefix(string word)
    {
        if (!(word.StartsWith("ber", StringComparison.Ordinal) || word.StartsWith("ter", StringComparison.Ordinal))) return null;
        var rest = word[3..];
        if (rest.Length < MinUnknownRootLength || rest.Contains('-') || !rest.AsSpan().ContainsAny("aeiou")) return null;
        return rest;
    }

    /// <summary>Reduplications and clitics written with a hyphen: tentara-tentara, meniru-niru, kuasa-mu.</summary>
    private string StemCompound(string word, bool requirePrefix)
    {
        var parts = word.Split('-');
        if (parts.Any(p => p.Length == 0)) return word;
        if (parts.Length >= 2 && CliticParts.Contains(parts[^1]))
            return Compute(string.Join('-', parts[..^1]), requirePrefix);
        if (parts.Length != 2) return word;
        var (a, b) = (parts[0], parts[1]);
        var sa = Compute(a, requirePrefix);
        var sb = Compute(b, requirePrefix);
        if (a == b || sa == sb) return sa;
        if (a.EndsWith(b, StringComparison.Ordinal)) return _lexicon.Contains(b) ? b : sa; // sehari-hari, meniru-niru
        if (a.EndsWith(StripAny(b, Derivational), StringComparison.Ordinal) && sa != a) return sa; // meniru-nirukan
        if (a.EndsWith(sb, StringComparison.Ordinal) && _lexicon.Contains(sb)) return sb;   // kemerah-merahan
        return word;
    }

    /// <summary>The root, or null. Candidates come in ECS order; the first the lexicon licenses wins.</summary>
    private string? Search(string word, bool requirePrefix)
    {
        string? fallback = null;
        var w1 = StripAny(word, Particles);
        var w2 = StripAny(w1, Possessives);
        var w3 = StripAny(w2, Derivational);
        var derivational = w3.Length < w2.Length ? w2[w3.Length..] : "";

        // Suffixes alone: a particle or possessive leaves a root that takes affixes (also for a capitalised word:
        // Rumahnya is rumah); a derivational suffix must be one the root's entry names (-kan k, -an a, -i i), else
        // the analysis is only a fallback, and names never lose one (Bekasi is not bekas + -i).
        foreach (var b in (ReadOnlySpan<string>)[w1, w2])
        {
            if (b.Length >= word.Length || b.Length < MinRootLength) continue;
            if (KnownStem(b) is { } known) return known; // sebelumnya → sebelum, not se- + belum
            if (_lexicon.TakesAffixes(b)) return b;
        }
        // A stem exception behind a prefix is that stem (dimulai, memulai → mulai; kesendirian → sendiri), taken
        // before -i or -an could leave a shorter root (mula).
        var prefixed = KnownStemAfterPrefix(w2) ?? (derivational.Length > 0 ? KnownStemAfterPrefix(w3) : null);
        if (prefixed is not null) return prefixed;
        if (!requirePrefix && !_lexicon.Contains(w2) && LoanRoot(w2) is { } loan) return loan;
        if (!requirePrefix)
        {
            // pasukan is pasuk + -an before it is pasu + -kan: both readings are tried, licensed ones first.
            var kept = derivational == "kan" ? w2[..^2] : null;
            if (kept is not null && _lexicon.Accepts(kept, 'a')) return kept;
            if (derivational.Length > 0 && w3.Length >= MinRootLength + 1 && _lexicon.Contains(w3))
            {
                if (_lexicon.Accepts(w3, derivational[0])) return w3;
                fallback ??= w3;
            }
        }

        var list = new List<(string Base, string Suffix)>(5);
        if (PrefixComesFirst(word)) list.Add((w2, ""));
        if (derivational.Length > 0) list.Add((w3, derivational));
        if (derivational == "kan") list.Add((w2[..^2], "an")); // ECS: give back the k of -kan
        list.Add((w2, ""));
        if (w1 != w2) list.Add((w1, ""));
        if (word != w1) list.Add((word, ""));
        foreach (var (b, suffix) in list)
        {
            var root = StripPrefixes(b, suffix, ref fallback);
            if (root is not null) return root;
        }
        // A root the lexicon does not license for these affixes is trusted only when it is not tiny (kebon is not ke+bon).
        return requirePrefix || fallback is null || fallback.Length <= MinRootLength ? null : fallback;
    }

    /// <summary>Sastrawi's precedence: be-…-lah/-an and di-/meng-/ter-…-i take off the prefix before the suffix.</summary>
    private static bool PrefixComesFirst(string w) =>
        (w.StartsWith("be", StringComparison.Ordinal) && (w.EndsWith("lah", StringComparison.Ordinal) || w.EndsWith("an", StringComparison.Ordinal)))
        || ((w.StartsWith("di", StringComparison.Ordinal) || w.StartsWith("meng", StringComparison.Ordinal) || w.StartsWith("ter", StringComparison.Ordinal))
            && w.EndsWith('i'));

    private static string StripAny(string w, string[] suffixes)
    {
        foreach (var s in suffixes)
            if (w.Length - s.Length >= 2 && w.EndsWith(s, StringComparison.Ordinal)) return w[..^s.Length];
        return w;
    }

    private static bool IsPlainWord(string w)
    {
        foreach (var c in w)
            if (c is not ((>= 'a' and <= 'z') or '-')) return false;
        return true;
    }
}
