using Telisik.Documents;
using Telisik.Extraction.Scanning;

namespace Telisik.Extraction.Figures;

/// <summary>
/// Finds figures in scanned text: a number (digits, spelled or vague) with its qualifier, currency, unit or counted
/// noun, range partner and subject. Years, dates, times, ages, phone numbers, list numbers and labels
/// (nomor 5, pasal 12, COVID-19) are skipped. Pure: text and words in, drafts out.
/// </summary>
internal static class FigureReader
{
    /// <summary>Most words in a counted noun phrase ("anggota pasukan khusus").</summary>
    public const int MaxNounWords = 3;

    /// <summary>Most words looked back for a subject when the figure has no counted noun.</summary>
    public const int MaxSubjectWords = 4;

    /// <summary>Reads every figure outside <paramref name="excluded"/> (spans already taken by dates).</summary>
    public static List<FigureDraft> Read(string text, ScanWord[] words, SentenceMap sentences, FigureLexicon lex, IReadOnlyList<TextSpan> excluded)
    {
        var found = new List<FigureDraft>();
        var i = 0;
        while (i < words.Length)
        {
            var draft = TryReadAt(text, words, sentences, lex, excluded, i, found);
            if (draft is null) { i++; continue; }
            found.Add(draft);
            i = Math.Max(draft.EndWord, i + 1);
        }
        return found;
    }

    private static FigureDraft? TryReadAt(string text, ScanWord[] words, SentenceMap sentences, FigureLexicon lex,
        IReadOnlyList<TextSpan> excluded, int i, List<FigureDraft> earlier)
    {
        if (IsExcluded(words[i], excluded)) return null;
        string? currency = null;
        var numberAt = i;
        if (lex.CurrenciesBefore.TryMatch(words, i, out var code, out var cc) && IsCurrencySymbolContext(words, i, cc))
        {
            currency = code;
            numberAt = i + cc;
        }
        var q = NumberReader.Read(text, words, numberAt, lex);
        if (q is null) return null;
        var first = q.Value;
        if (IsExcluded(words[numberAt], excluded)) return null;
        if (!IsFigureNumber(text, words, lex, first, currency is not null)) return null;

        // Range: "7.000 hingga 8.000", "1,5 hingga 2 juta", "antara 10 dan 15", "between 10 and 15", "7-8".
        var qualifierEnd = i;
        // "Setidaknya ada 3.000 tentara": the existential "ada" may stand between qualifier and number.
        if (qualifierEnd > 1 && words[qualifierEnd - 1].Lower is "ada" or "terdapat") qualifierEnd--;
        lex.Qualifiers.TryMatchEndingAt(words, qualifierEnd, out var qual, out var qualStart);
        var hasQualifier = qualStart < qualifierEnd && !words[qualifierEnd].LineBefore;
        var between = i > 0 && words[i - 1].Lower is "antara" or "between";

        var j = first.EndWord;
        string? unit = currency;
        var unitInSpan = currency is not null;
        var j0 = j;
        if (TryUnitAfter(words, j, lex, ref unit, out var afterUnit)) { j = afterUnit; unitInSpan = true; }

        double value = first.Value, scale = first.Scale;
        var rupiahGrouped = false;
        if (unit == "IDR" && scale == 1 && lex.DecimalComma && RupiahThousands(words[first.FirstWord].Lower) is { } grouped) (value, rupiahGrouped) = (grouped, true);
        double? valueMax = null;
        var endWord = j;
        var spanEndWord = unitInSpan ? j : first.EndWord;
        if (j < words.Length && !words[j].LineBefore)
        {
            var connector = 0;
            var hyphen = false;
            if (between && words[j].Lower is "dan" or "and") connector = 1;
            else if (lex.RangeWords.TryMatch(words, j, out _, out var rc)) { connector = rc; hyphen = words[j].Kind == ScanKind.Symbol; }
            if (connector > 0)
            {
                var k = j + connector;
                // "AUD$ 10 atau Rp 100 ribuan": an amount in another currency is a conversion, not the range's end.
                var otherCurrency = false;
                if (currency is not null && lex.CurrenciesBefore.TryMatch(words, k, out var secondCurrency, out var cc2))
                {
                    otherCurrency = secondCurrency != currency;
                    k += cc2;
                }
                var second = otherCurrency ? null : NumberReader.Read(text, words, k, lex);
                if (second is { } s && !IsExcluded(words[k], excluded) && IsFigureNumber(text, words, lex, s, currency is not null, rangeEnd: true))
                {
                    var lo = value;
                    // "1,5 hingga 2 juta": the scale written once applies to both ends.
                    if (first.Plain && s.Scale > 1 && first.Value < s.Value / s.Scale + 1e-9) lo = first.Value * s.Scale;
                    // "14 - 21, 21 - 17": set scores come in runs of hyphenated pairs.
                    // "kekalahan 1 - 2 dari Bali United", "(29 - 30 - 29 - 28 - 30)": a score, a judges' card.
                    if (hyphen && unit is null && (IsScoreRun(words, first.FirstWord, s.EndWord) || ScoreCueBefore(words, sentences, lex, first.FirstWord))) return null;
                    var high = rupiahGrouped && s.Plain && RupiahThousands(words[s.FirstWord].Lower) is { } groupedHigh ? groupedHigh : s.Value;
                    if (high > lo)
                    {
                        value = lo;
                        valueMax = high;
                        var after = s.EndWord;
                        var secondUnit = unit;
                        if (TryUnitAfter(words, after, lex, ref secondUnit, out var au)) { unit = secondUnit; after = au; unitInSpan = true; }
                        endWord = after;
                        spanEndWord = unitInSpan ? after : s.EndWord;
                    }
                    else if (hyphen) return null; // "2-1" is a score, not a range.
                }
            }
        }

        var approx = Approximation.Exact;
        var exclusive = false;
        // "1.000 lebih personel": lebih after the number is an exclusive lower bound.
        var trailingMore = false;
        if (valueMax is null && endWord < words.Length && words[endWord].Lower is "lebih" or "lebihnya" && !words[endWord].LineBefore
            && (endWord + 1 >= words.Length || words[endWord + 1].Kind == ScanKind.Symbol || IsNounWord(text, words[endWord + 1], lex)))
        {
            trailingMore = true;
            endWord++;
            spanEndWord = endWord;
        }
        var startWord = currency is not null ? i : numberAt;
        if (valueMax is not null)
        {
            approx = Approximation.Range;
            if (between) startWord = i - 1;
        }
        else if (hasQualifier && qual.Approx != Approximation.Exact)
        {
            approx = qual.Approx;
            exclusive = qual.Exclusive;
            startWord = qualStart;
        }
        else if (trailingMore) { approx = Approximation.AtLeast; exclusive = true; }
        else if (first.Vague) approx = Approximation.About;
        if (j0 == endWord) endWord = first.EndWord;

        // The counted noun: "12.000 anggota pasukan khusus", "3.000 tentara"; "1.500 di antaranya" counts the
        // previous figure's noun.
        string? subject = null;
        if (unit is null)
        {
            var (noun, nounEnd) = CountedNoun(text, words, endWord, lex);
            if (noun is not null)
            {
                unit ??= noun;
                subject = Subject(text, words, endWord, nounEnd, lex);
            }
            else if (endWord + 1 < words.Length && words[endWord].Lower is "di" && words[endWord + 1].Lower is "antaranya" or "antara")
            {
                var previous = earlier.LastOrDefault(f => sentences.Sentence(f.FirstWord) == sentences.Sentence(numberAt));
                unit = previous?.Unit;
                subject = previous?.Subject;
            }
        }
        // "20 persen penduduk": a noun right after a share is what it is a share of ("57,8 persen dari pemesanan"
        // names the base, not the subject, which then comes from before the figure).
        if (subject is null && unit is "persen" or "percent")
        {
            var (noun, nounEnd) = CountedNoun(text, words, endWord, lex);
            if (noun is not null) subject = Subject(text, words, endWord, nounEnd, lex);
        }
        if (unit is null && (first.Spelled && !first.Vague)) return null; // "tiga" alone, without what it counts, is not a claim.
        subject ??= SubjectBefore(text, words, sentences, startWord, lex);

        var tense = TenseOf(words, sentences, startWord, endWord, lex);
        var startChar = words[startWord].Start;
        var endChar = words[spanEndWord - 1].End;
        return new FigureDraft(startChar, endChar, startWord, spanEndWord, value, valueMax, approx, exclusive, unit, subject, tense);
    }

    private static bool IsExcluded(ScanWord w, IReadOnlyList<TextSpan> excluded)
    {
        foreach (var span in excluded)
            if (w.Start < span.End && span.Start < w.End) return true;
        return false;
    }

    // "Rp 9,500" for a toll fare: nobody prices in fractions of a rupiah, so a comma before exactly three digits groups
    // thousands in a rupiah amount even in Indonesian text. With a scale word it stays a decimal ("Rp 1,250 triliun").
    private static double? RupiahThousands(string digits)
    {
        var comma = digits.IndexOf(',');
        if (comma is < 1 or > 3 || digits.Length - comma - 1 != 3 || digits.IndexOf('.') >= 0) return null;
        return NumberReader.ParseDigits(digits, decimalComma: false);
    }

    // "$" alone must touch or precede a number; "Rp" may be written "Rp129".
    private static bool IsCurrencySymbolContext(ScanWord[] words, int i, int count) =>
        i + count < words.Length && !words[i + count].LineBefore;

    /// <summary>False for years, labels, list numbers, ages in passing, phone numbers, model names and idioms.</summary>
    private static bool IsFigureNumber(string text, ScanWord[] words, FigureLexicon lex, Quantity q, bool hasCurrency, bool rangeEnd = false)
    {
        var w = words[q.FirstWord];
        var prev = q.FirstWord > 0 ? words[q.FirstWord - 1] : default;
        var hasPrev = q.FirstWord > 0;
        var next = q.EndWord < words.Length ? words[q.EndWord] : default;
        var hasNext = q.EndWord < words.Length;

        // "pasal 12", "nomor 5", "berusia lebih dari 64 tahun"; not "angka 11 juta" or "di angka 16,9 cm", where a scale
        // word or a unit makes it a quantity.
        if (hasPrev && !hasCurrency && !w.LineBefore && q.Scale == 1 && IsAfterLabelWord(text, words, lex, q)) return false;
        // "pasal 156 dan 156 (a)", "Kloter 17 dan 18": a bare number listed after a label number is a label too (not
        // "B6 dan 17%", "M16 dan 1 pucuk", which count).
        if (hasPrev && !hasCurrency && q.Scale == 1 && !rangeEnd && w.Kind == ScanKind.Digits && prev.Lower is "dan" or "atau" or "," or "and" or "or" && q.FirstWord >= 3
            && words[q.FirstWord - 2].Kind == ScanKind.Digits && !CountsAfter(words, lex, q.EndWord)
            && ((lex.NotFigureBefore.TryMatchEndingAt(words, q.FirstWord - 2, out var listKind, out _) && listKind != LabelKind.Small)
                || (NumberReader.Read(text, words, q.FirstWord - 2, lex) is { } listed && listed.EndWord == q.FirstWord - 1 && IsLabel(text, words, lex, listed)))) return false;
        // "aksi "299"": a number in quotation marks is a name.
        if (hasPrev && hasNext && prev.Lower is "\"" or "“" or "'" or "‘" && next.Lower is "\"" or "”" or "'" or "’" && !next.SpaceBefore && !w.SpaceBefore) return false;
        // "+ 0.144 detik": a gap in a results table; "+62": a dialling code.
        if (hasPrev && !hasCurrency && prev.Lower == "+" && !rangeEnd && (q.FirstWord < 2 || words[q.FirstWord - 2].Kind != ScanKind.Digits)) return false;
        if (w.Kind == ScanKind.Letters)
        {
            // "satu" is no claim; "setengah jam", "satu setengah tahun" and "lebih dari separuh" are, "setengah hati" is not.
            if (q.Value < 2 && !q.Vague && q.Scale == 1 && q.Value == Math.Floor(q.Value)) return false;
            if (q.Value != Math.Floor(q.Value) && q.Scale == 1 && !(hasNext && (lex.FractionNouns.Contains(next.Lower) || lex.Units.TryMatch(words, q.EndWord, out _, out _)))
                && !(hasPrev && lex.Qualifiers.TryMatchEndingAt(words, q.FirstWord, out _, out _))) return false;
            // "album ke - tiga": an ordinal written with a spaced hyphen.
            if (hasPrev && prev.Lower is "-" && q.FirstWord > 1 && words[q.FirstWord - 2].Lower is "ke") return false;
            if (lex.Idioms.TryMatch(words, q.FirstWord, out _, out _)) return false;
            // The number last in the phrase ("simpang tiga") or inside it ("salat lima waktu").
            for (var after = 1; hasPrev && after <= 2; after++)
                if (lex.Idioms.TryMatchEndingAt(words, q.FirstWord + after, out _, out var idStart) && idStart < q.FirstWord) return false;
            return true;
        }
        var digits = w.Lower;
        // "ke - 10", "H - 2", "U - 19" are labels; "6 - 2" is a score (a range end is read by the range code).
        if (!rangeEnd && hasPrev && prev.Lower is "-" or "–" && q.FirstWord > 1 && words[q.FirstWord - 2].Kind is ScanKind.Letters or ScanKind.Digits && !hasCurrency)
            return false;
        if (!hasCurrency && !rangeEnd && IsLabel(text, words, lex, q)) return false;
        // "1920 x 1080": dimensions, not a count.
        if (hasPrev && prev.Lower is "x" or "×" && q.FirstWord > 1 && words[q.FirstWord - 2].Kind == ScanKind.Digits) return false;
        if (hasNext && next.Lower is "x" or "×" && q.EndWord + 1 < words.Length && words[q.EndWord + 1].Kind == ScanKind.Digits) return false;
        // "Rohati, 63, ...": an age between commas after a name.
        if (hasPrev && hasNext && prev.Lower == "," && next.Lower == "," && q.FirstWord > 1 && words[q.FirstWord - 2].IsCapitalized(text)
            && q.Scale == 1 && digits.Length <= 3 && q.Value < 120) return false;
        // Glued to letters: COVID-19, G20, F-16, ke-3, 5G, 2nd (but Rp129, 10km, 50%).
        if (hasPrev && !w.SpaceBefore && !hasCurrency && !rangeEnd)
        {
            if (prev.Kind == ScanKind.Letters) return false;
            if (prev.Lower is "-" && q.FirstWord > 1 && !prev.SpaceBefore && words[q.FirstWord - 2].Kind is ScanKind.Letters or ScanKind.Digits) return false;
            if (prev.Lower is "/" or ":" or "." or "+" or "#" || IsPrime(prev)) return false;
        }
        // "pemain 25 tahun", "perenang 20 tahun": an age in passing.
        if (hasPrev && hasNext && !hasCurrency && q.Scale == 1 && lex.AgeNouns.Contains(prev.Lower) && lex.AgeUnits.Contains(next.Lower)) return false;
        // "1'27.302": minutes of a lap or race time.
        if (hasNext && !next.SpaceBefore && IsPrime(next) && q.EndWord + 1 < words.Length && words[q.EndWord + 1].Kind == ScanKind.Digits
            && !words[q.EndWord + 1].SpaceBefore) return false;
        // "beresolusi 8 K", "4K": a resolution class; "jaringan 5 G": a network generation; "234 px": leftover page markup.
        if (hasNext && !hasCurrency && q.Scale == 1 && ((next.Length == 1 && next.Lower is "k" or "g" && char.IsUpper(text[next.Start])) || next.Lower == "px")) return false;
        if (hasNext && !next.SpaceBefore)
        {
            if (next.Kind == ScanKind.Letters && q.Scale == 1 && !lex.Units.TryMatch(words, q.EndWord, out _, out _)
                && !lex.CurrenciesAfter.TryMatch(words, q.EndWord, out _, out _)) return false;
            if (next.Lower is "/" or ":") return false;
            if (next.Lower is "-" && q.EndWord + 1 < words.Length && words[q.EndWord + 1].Kind == ScanKind.Digits && !words[q.EndWord + 1].SpaceBefore
                && (digits.Length > 3 || words[q.EndWord + 1].Length > 3)) return false;
        }
        // Phone numbers and codes: a leading zero (0812..., 021) or a long bare digit run.
        if (digits.Length >= 2 && digits[0] == '0' && char.IsAsciiDigit(digits[1])) return false;
        var bare = !digits.Contains('.') && !digits.Contains(',');
        if (bare && digits.Length >= 7 && !hasCurrency) return false; // identifiers and phone numbers; large figures carry separators
        // Years: 1900-2099 written without separators and without scale, currency or unit.
        if (bare && digits.Length == 4 && q.Scale == 1 && !hasCurrency && digits[0] is '1' or '2' && digits[..2] is "19" or "20"
            && !(hasNext && lex.Units.TryMatch(words, q.EndWord, out _, out _)))
            return false;
        // A list number at the start of a line: "1. ...", "2) ...".
        if ((w.LineBefore || q.FirstWord == 0) && hasNext && !next.SpaceBefore && next.Lower is "." or ")") return false;
        // An age in passing: "Budi (45)".
        if (hasPrev && hasNext && prev.Lower == "(" && next.Lower == ")" && q.Scale == 1) return false;
        return true;
    }

    // The minute mark of "1'27.302", as typed: apostrophe, right quotation mark or prime.
    private static bool IsPrime(ScanWord w) => w.Lower is "'" or "’" or "′";

    /// <summary>Most words between a score cue and the hyphenated pair it introduces ("mengalahkan Persija 2 - 1").</summary>
    public const int ScoreCueReach = 4;

    private static bool ScoreCueBefore(ScanWord[] words, SentenceMap sentences, FigureLexicon lex, int first)
    {
        var sentence = sentences.Sentence(first);
        for (var k = first - 1; k >= 0 && k >= first - ScoreCueReach && sentences.Sentence(k) == sentence; k--)
            if (lex.ScoreCues.Contains(words[k].Lower)) return true;
        return false;
    }

    // A hyphenated pair of plain numbers next to another ("21 - 19, 6 - 21", "14 - 21 21 - 17") or in a chain
    // ("29 - 30 - 29"): scores.
    private static bool IsScoreRun(ScanWord[] words, int firstWord, int endWord)
    {
        if (endWord + 1 < words.Length && words[endWord].Lower is "-" or "–" && words[endWord + 1].Kind == ScanKind.Digits && !words[endWord + 1].LineBefore) return true;
        bool PairAt(int k) => k >= 0 && k + 2 < words.Length && words[k].Kind == ScanKind.Digits && words[k].Length <= 2
            && words[k + 1].Lower is "-" or "–" && words[k + 2].Kind == ScanKind.Digits && words[k + 2].Length <= 2 && !words[k + 2].LineBefore;
        var after = endWord < words.Length && words[endWord].Lower == "," ? endWord + 1 : endWord;
        if (after < words.Length && !words[after].LineBefore && PairAt(after)) return true;
        var before = firstWord - 1 >= 0 && words[firstWord - 1].Lower == "," ? firstWord - 1 : firstWord;
        return before - 3 >= 0 && !words[firstWord].LineBefore && PairAt(before - 3);
    }

    /// <summary>
    /// A number right after a capitalised or mixed-case word inside a sentence is a label: Liga 1, Model 3, UFC 205,
    /// iOS 11, Snapdragon 820, SNI 1726. A capitalised first word of a sentence ("Hanya 20 orang") is not.
    /// </summary>
    private static bool IsLabel(string text, ScanWord[] words, FigureLexicon lex, Quantity q)
    {
        if (q.FirstWord == 0 || q.Scale != 1) return false;
        var prev = words[q.FirstWord - 1];
        if (prev.Kind != ScanKind.Letters || !HasCapital(text, prev)) return false;
        var lower = prev.Lower;
        if (lex.Qualifiers.Contains(lower) || lex.LinkWords.Contains(lower) || lex.CurrenciesBefore.Contains(lower) || lex.CalendarWords.Contains(lower)) return false;
        var next = q.EndWord;
        // A capitalised first word of a sentence ("Hanya 20 orang") is an ordinary word: the number is a label only
        // when nothing counted follows it ("Kategori 1 (tribune tengah)").
        var sentenceStart = prev.LineBefore || q.FirstWord < 2 || words[q.FirstWord - 2].Lower is "." or "!" or "?" or "“" or "\"" or "(" or "–" or "-";
        if (sentenceStart && !HasInnerCapital(text, prev) && next < words.Length && IsNounWord(text, words[next], lex)) return false;
        if (next < words.Length && (lex.Units.TryMatch(words, next, out _, out _) || lex.CurrenciesAfter.TryMatch(words, next, out _, out _))) return false;
        // "TNI 25 personel": a count of people or things; "Priok 2,9 hari": a decimal comma makes a measure, not a name.
        if (next < words.Length && !words[next].LineBefore && lex.Classifiers.Contains(words[next].Lower)) return false;
        if (lex.Language == "id" && words[q.FirstWord].Lower.Contains(',') && q.Value > 0) return false;
        return true;
    }

    // A unit or a classifier right after a number: "17%", "1 pucuk".
    private static bool CountsAfter(ScanWord[] words, FigureLexicon lex, int next) =>
        next < words.Length && !words[next].LineBefore && (lex.Units.TryMatch(words, next, out _, out _) || lex.Classifiers.Contains(words[next].Lower));

    // "pasal 12", "berusia lebih dari 64", "menyentuh angka 21 lebih dulu": a label word just before the number, an
    // age word before its qualifier, or a word that labels small bare numbers.
    private static bool IsAfterLabelWord(string text, ScanWord[] words, FigureLexicon lex, Quantity q)
    {
        var first = q.FirstWord;
        if (lex.NotFigureBefore.TryMatchEndingAt(words, first, out var kind, out _))
            return kind != LabelKind.Small || (words[first].Kind == ScanKind.Digits && words[first].Length <= 2 && !CountsAfter(words, lex, q.EndWord)
                && !(q.EndWord < words.Length && !words[q.EndWord].LineBefore && words[q.EndWord].Lower is not ("lebih" or "terlebih")
                     && (IsNounWord(text, words[q.EndWord], lex) || lex.RangeWords.TryMatch(words, q.EndWord, out _, out _))));
        return lex.Qualifiers.TryMatchEndingAt(words, first, out _, out var qualStart) && qualStart > 0 && qualStart < first
            && lex.NotFigureBefore.TryMatchEndingAt(words, qualStart, out var age, out _) && age == LabelKind.Age;
    }

    private static bool HasCapital(string text, ScanWord w)
    {
        for (var k = w.Start; k < w.End; k++) if (char.IsUpper(text[k])) return true;
        return false;
    }

    private static bool HasInnerCapital(string text, ScanWord w)
    {
        for (var k = w.Start + 1; k < w.End; k++) if (char.IsUpper(text[k])) return true;
        return false;
    }

    private static bool TryUnitAfter(ScanWord[] words, int j, FigureLexicon lex, ref string? unit, out int end)
    {
        end = j;
        if (j >= words.Length || words[j].LineBefore) return false;
        if (lex.CurrenciesAfter.TryMatch(words, j, out var code, out var c)) { unit = code; end = j + c; return true; }
        if (unit is null && lex.Units.TryMatch(words, j, out var u, out var uc)) { unit = u; end = j + uc; return true; }
        return false;
    }

    private static (string? Noun, int End) CountedNoun(string text, ScanWord[] words, int j, FigureLexicon lex)
    {
        if (j >= words.Length || words[j].LineBefore || !IsNounWord(text, words[j], lex)) return (null, j);
        // Indonesian has no marker where a noun phrase ends ("rumah rusak" = houses damaged), so only listed
        // phrases run past one word.
        var k = lex.CountedNouns.TryMatch(words, j, out _, out var count) ? j + count : j + 1;
        return (text[words[j].Start..words[k - 1].End], k);
    }

    private static bool IsNounWord(string text, ScanWord w, FigureLexicon lex)
    {
        if (w.Kind != ScanKind.Letters || char.IsUpper(text[w.Start])) return false;
        var s = w.Lower;
        if (lex.Stopwords.Contains(s) || lex.Qualifiers.Contains(s)) return false;
        if (lex.Language == "id" && LooksLikeVerb(s)) return false;
        if (lex.Language == "en" && (s.EndsWith("ed", StringComparison.Ordinal) || s.EndsWith("ing", StringComparison.Ordinal)) && s.Length > 5) return false;
        return true;
    }

    // Indonesian verbs mostly carry meN-/di-/ber-/ter- affixes: "dikerahkan", "mengirim", "bertempur", "terjual".
    private static bool LooksLikeVerb(string s) =>
        s.Length >= 6 && s is not ("menteri" or "meriam" or "meter" or "direktur" or "dinas" or "tersangka" or "terdakwa" or "bermotor")
        && (s.StartsWith("meng", StringComparison.Ordinal) || s.StartsWith("meny", StringComparison.Ordinal)
            || s.StartsWith("mem", StringComparison.Ordinal) || s.StartsWith("men", StringComparison.Ordinal)
            || (s.StartsWith("di", StringComparison.Ordinal) && (s.EndsWith("kan", StringComparison.Ordinal) || s.EndsWith('i')))
            || s.StartsWith("ber", StringComparison.Ordinal) || s.StartsWith("ter", StringComparison.Ordinal));

    // In a subject, ter- and ber- words are mostly adjectives ("termurah"); meN- and di-...kan words are verbs.
    private static bool LooksLikeActiveVerb(string s) =>
        LooksLikeVerb(s) && !s.StartsWith("ter", StringComparison.Ordinal) && !s.StartsWith("ber", StringComparison.Ordinal);

    // "tentara Korea Utara di Rusia": the counted noun, its proper-noun modifier, and a place after di/ke/in.
    private static string Subject(string text, ScanWord[] words, int j, int nounEnd, FigureLexicon lex)
    {
        var k = nounEnd;
        k = CapitalRun(text, words, k);
        if (k + 1 < words.Length && words[k].Lower is "di" or "ke" or "in" or "from" or "dari" && !words[k].LineBefore)
        {
            var place = CapitalRun(text, words, k + 1);
            if (place > k + 1) k = place;
        }
        return text[words[j].Start..words[k - 1].End];
    }

    private static int CapitalRun(string text, ScanWord[] words, int k)
    {
        var start = k;
        while (k < words.Length && !words[k].LineBefore && words[k].IsCapitalized(text) && k - start < 4) k++;
        return k;
    }

    // "inflasi tahunan mencapai 2,3%": the noun phrase before the figure, skipping linking words.
    private static string? SubjectBefore(string text, ScanWord[] words, SentenceMap sentences, int startWord, FigureLexicon lex)
    {
        var k = startWord - 1;
        var clause = sentences.Clause(startWord);
        while (k >= 0 && sentences.Clause(k) == clause && (lex.LinkWords.Contains(words[k].Lower) || lex.Qualifiers.Contains(words[k].Lower)
               || (lex.Language == "id" && LooksLikeActiveVerb(words[k].Lower)))) k--;
        var end = k;
        while (k >= 0 && end - k < MaxSubjectWords && sentences.Clause(k) == clause && words[k].Kind == ScanKind.Letters
               && !lex.Stopwords.Contains(words[k].Lower) && !(lex.Language == "id" && LooksLikeActiveVerb(words[k].Lower))
               && !lex.AttributionCues.Contains(words[k].Lower))
            k--;
        if (k == end) return null;
        return text[words[k + 1].Start..words[end].End];
    }

    /// <summary>Words after a figure searched for its aspect marker: the counted noun phrase comes first ("10.000 tentara dan tenaga teknis Korut tengah dipersiapkan").</summary>
    private const int TenseCueReachAfter = 7;

    /// <summary>The nearest aspect marker in the figure's clause: after it first (passive "1.500 telah dikerahkan"), then before.</summary>
    private static FigureTense TenseOf(ScanWord[] words, SentenceMap sentences, int startWord, int endWord, FigureLexicon lex)
    {
        var clause = sentences.Clause(Math.Max(startWord, endWord - 1));
        for (var k = endWord; k < words.Length && k < endWord + TenseCueReachAfter && sentences.Clause(k) == clause; k++)
            if (lex.TenseCues.TryMatch(words, k, out var t, out _)) return t;
        var startClause = sentences.Clause(startWord);
        for (var k = startWord - 1; k >= 0 && k >= startWord - 12 && sentences.Clause(k) == startClause; k--)
            if (lex.TenseCues.TryMatch(words, k, out var t, out var count) && k + count <= startWord) return t;
        return FigureTense.Unspecified;
    }
}
