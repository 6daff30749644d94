using System.Collections.Frozen;
using Telisik.Extraction.Scanning;

namespace Telisik.Extraction.Figures;

/// <summary>
/// The word tables one language needs to read figures: number words, scale words, vague quantities, currencies,
/// units, qualifiers, range words, and the cues for tense and attribution. Loaded once per language from
/// <c>languages/{id,en}/</c>; immutable and shared.
/// </summary>
internal sealed class FigureLexicon
{
    private static readonly Lazy<FigureLexicon> Indonesian = new(() => new FigureLexicon("id"));
    private static readonly Lazy<FigureLexicon> English = new(() => new FigureLexicon("en"));

    /// <summary>The lexicon for an article language ("en" → English, anything else → Indonesian).</summary>
    public static FigureLexicon For(string? language) =>
        DataTables.PackFor(language) == "en" ? English.Value : Indonesian.Value;

    /// <summary>Pack code: "id" or "en".</summary>
    public string Language { get; }
    /// <summary>Indonesian writes 1,5 for one and a half and 12.000 for twelve thousand; English the reverse.</summary>
    public bool DecimalComma { get; }
    public PhraseTable<double> NumberWords { get; }
    public PhraseTable<(double Factor, bool Teen)> Scales { get; }
    /// <summary>Single upper-case letters that are scales only when written in capitals (Rp 3 M, Rp 1,2 T).</summary>
    public FrozenDictionary<string, double> CapitalScales { get; }
    public PhraseTable<double> Vague { get; }
    public PhraseTable<string> CurrenciesBefore { get; }
    public PhraseTable<string> CurrenciesAfter { get; }
    public PhraseTable<string> Units { get; }
    public PhraseTable<(Approximation Approx, bool Exclusive)> Qualifiers { get; }
    public PhraseTable<bool> RangeWords { get; }
    public FrozenSet<string> Stopwords { get; }
    public PhraseTable<bool> Idioms { get; }
    /// <summary>Person nouns before "N tahun" that make it an age in passing ("pemain 25 tahun"), not a figure.</summary>
    public FrozenSet<string> AgeNouns { get; }
    /// <summary>Words of years after a number in an age ("tahun", "years").</summary>
    public FrozenSet<string> AgeUnits { get; }
    /// <summary>Label words before a number ("pasal 12"), with how they label (<see cref="LabelKind"/>).</summary>
    public PhraseTable<LabelKind> NotFigureBefore { get; }
    /// <summary>Words that make a hyphenated pair after them a match score ("kekalahan 1 - 2").</summary>
    public FrozenSet<string> ScoreCues { get; }
    /// <summary>Nouns a spelled fraction counts ("setengah jam", "satu setengah tahun").</summary>
    public FrozenSet<string> FractionNouns { get; }
    public PhraseTable<FigureTense> TenseCues { get; }
    public PhraseTable<AttributionCuePosition> AttributionCues { get; }
    public FrozenSet<string> Pronouns { get; }
    public FrozenSet<string> LinkWords { get; }
    /// <summary>Counted noun phrases of several words ("anggota pasukan khusus"); otherwise one word is counted.</summary>
    public PhraseTable<bool> CountedNouns { get; }
    /// <summary>Words trimmed from the edges of a source phrase ("namun", "telah", "juga").</summary>
    public FrozenSet<string> SourceTrim { get; }
    /// <summary>Day and month names, which never name a source ("kata Kirby, Kamis").</summary>
    public FrozenSet<string> CalendarWords { get; }
    /// <summary>Words that count people or things right after a number ("personel", "orang"): such a number is no label.</summary>
    public FrozenSet<string> Classifiers { get; }

    private FigureLexicon(string language)
    {
        Language = language;
        DecimalComma = language != "en";
        string P(string f) => DataTables.Path(language, f);

        NumberWords = new(DataTables.Rows(P("number-words.txt"), 2).Select(r => (r[0], DataTables.Number("number-words", r[1]))));
        var scaleRows = DataTables.Rows(P("scale-words.txt"), 3).ToList();
        CapitalScales = scaleRows.Where(r => r[0].Length == 1 && char.IsUpper(r[0][0]))
            .ToFrozenDictionary(r => r[0], r => DataTables.Number("scale-words", r[1]), StringComparer.Ordinal);
        Scales = new(scaleRows.Where(r => !(r[0].Length == 1 && char.IsUpper(r[0][0])))
            .Select(r => (r[0], (DataTables.Number("scale-words", r[1]), r[2] == "teen"))));
        Vague = new(DataTables.Rows(P("vague-numbers.txt"), 2).Select(r => (r[0], DataTables.Number("vague-numbers", r[1]))));
        var currencies = DataTables.Rows(P("currencies.txt"), 3).ToList();
        CurrenciesBefore = new(currencies.Where(r => r[2] == "before").Select(r => (r[0], r[1])));
        CurrenciesAfter = new(currencies.Where(r => r[2] == "after").Select(r => (r[0], r[1])));
        Units = new(DataTables.Rows(P("units.txt"), 2).Select(r => (r[0], r[1])));
        Qualifiers = new(DataTables.Rows(P("qualifiers.txt"), 2).Select(r => (r[0], (ParseApprox(r[1]), r.Length > 2 && r[2] == "exclusive"))));
        RangeWords = new(DataTables.Rows(P("range-words.txt"), 1).Select(r => (r[0], true)));
        Stopwords = DataTables.Rows(P("figure-stopwords.txt"), 1).Select(r => r[0].ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
        Idioms = new(DataTables.Rows(P("figure-idioms.txt"), 1).Select(r => (r[0], true)));
        NotFigureBefore = new(DataTables.Rows(P("not-figure-before.txt"), 1).Select(r => (r[0], r.Length < 2 ? LabelKind.Always : r[1] switch
        {
            "age" => LabelKind.Age,
            "small" => LabelKind.Small,
            _ => throw new InvalidDataException($"not-figure-before.txt: unknown kind '{r[1]}' (age or small)."),
        })));
        TenseCues = new(DataTables.Rows(P("tense-cues.txt"), 2).Select(r => (r[0], ParseTense(r[1]))));
        AttributionCues = new(DataTables.Rows(P("attribution-cues.txt"), 2).Select(r => (r[0], ParseCue(r[1]))));
        Pronouns = DataTables.Rows(P("pronouns.txt"), 1).Select(r => r[0]).ToFrozenSet(StringComparer.Ordinal);
        LinkWords = DataTables.Rows(P("figure-link-words.txt"), 1).Select(r => r[0]).ToFrozenSet(StringComparer.Ordinal);
        AgeNouns = DataTables.Rows(P("age-nouns.txt"), 1).Select(r => r[0]).ToFrozenSet(StringComparer.Ordinal);
        AgeUnits = DataTables.Rows(P("age-units.txt"), 1).Select(r => r[0]).ToFrozenSet(StringComparer.Ordinal);
        CountedNouns = new(DataTables.Rows(P("counted-nouns.txt"), 1).Select(r => (r[0], true)));
        SourceTrim = DataTables.Rows(P("source-trim-words.txt"), 1).Select(r => r[0]).ToFrozenSet(StringComparer.Ordinal);
        ScoreCues = DataTables.Rows(P("score-cues.txt"), 1).Select(r => r[0]).ToFrozenSet(StringComparer.Ordinal);
        FractionNouns = DataTables.Rows(P("fraction-nouns.txt"), 1).Select(r => r[0]).ToFrozenSet(StringComparer.Ordinal);
        Classifiers = DataTables.Rows(P("classifiers.txt"), 1).Select(r => r[0]).ToFrozenSet(StringComparer.Ordinal);
        CalendarWords = DataTables.Rows(P("days.txt"), 2).Concat(DataTables.Rows(P("months.txt"), 2))
            .Select(r => r[0]).ToFrozenSet(StringComparer.Ordinal);
    }

    private static Approximation ParseApprox(string s) => s switch
    {
        "exact" => Approximation.Exact,
        "at_least" => Approximation.AtLeast,
        "at_most" => Approximation.AtMost,
        "about" => Approximation.About,
        _ => throw new InvalidDataException($"qualifiers.txt: unknown approximation '{s}'."),
    };

    private static FigureTense ParseTense(string s) => s switch
    {
        "past" => FigureTense.Past,
        "ongoing" => FigureTense.Ongoing,
        "planned" => FigureTense.Planned,
        _ => throw new InvalidDataException($"tense-cues.txt: unknown tense '{s}'."),
    };

    private static AttributionCuePosition ParseCue(string s) => s switch
    {
        "after" => AttributionCuePosition.After,
        "before" => AttributionCuePosition.Before,
        "menurut" => AttributionCuePosition.According,
        _ => throw new InvalidDataException($"attribution-cues.txt: unknown position '{s}'."),
    };
}
