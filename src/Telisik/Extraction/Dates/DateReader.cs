using System.Globalization;
using Telisik.Extraction.Figures;
using Telisik.Extraction.Scanning;

namespace Telisik.Extraction.Dates;

/// <summary>
/// Finds time expressions in scanned text: absolute dates (24 Oktober 2024, Jumat (18/10), (27/3/2017),
/// 2017-05-12, October 24, 2024), months and years, day names, relative expressions (kemarin, pekan lalu,
/// dua hari lalu), parts of months (awal hingga pertengahan Oktober) and clock times (pukul 10.00 WIB).
/// Pure: words in, unresolved expressions out.
/// </summary>
internal sealed class DateReader
{
    /// <summary>Words before an expression searched for a future cue ("akan ... pada 12 Oktober").</summary>
    public const int FutureCueWindow = 6;
    /// <summary>How far back in its sentence a future cue still makes a bare date the one nearest publication.</summary>
    public const int WeakFutureCueWindow = 32;

    private readonly string _text;
    private readonly ScanWord[] _w;
    private readonly DateLexicon _lex;
    private readonly FigureLexicon _numbers;
    private readonly SentenceMap _sentences;
    private readonly PlaceZones _places = PlaceZones.Default;
    /// <summary>Sentence of the last clock time read (an uncued time range may follow it there).</summary>
    private int _lastTimeSentence = -1;

    private DateReader(string text, ScanWord[] words, DateLexicon lex, FigureLexicon numbers)
    {
        _text = text;
        _w = words;
        _lex = lex;
        _numbers = numbers;
        _sentences = new SentenceMap(text, words);
    }

    /// <summary>Reads every time expression of <paramref name="text"/>.</summary>
    public static List<DateExpression> Read(string text, string? language)
    {
        var reader = new DateReader(text, TextScanner.Scan(text), DateLexicon.For(language), FigureLexicon.For(language));
        return reader.ReadAll();
    }

    private List<DateExpression> ReadAll()
    {
        var found = new List<DateExpression>();
        var i = 0;
        var paragraph = 0;
        var counted = 0;
        while (i < _w.Length)
        {
            var e = TryAt(i, out var end);
            if (e is null) { i++; continue; }
            for (; counted <= i; counted++) if (counted > 0 && _w[counted].LineBefore) paragraph++;
            e = Absorb(e, ref end);
            if (e.Kind == DateKind.Time) _lastTimeSentence = _sentences.Sentence(i);
            found.Add(WithDirection(e with { FirstWord = i, TrailWord = Math.Max(e.TrailWord, end), Sentence = _sentences.Sentence(i), Paragraph = paragraph }, i));
            // "pukul 10.00-22.00", "pukul 10:00 - 22:00": the second clock time of a range is a time of its own.
            if (e.Kind == DateKind.Time && e.TrailWord <= end && IsClockRangeWord(end) && TryTime(end + 1, out var end2, rangeEnd: true) is { } second)
            {
                // "pukul 09.00 hingga 12.00 WITA": the zone after the range is the first time's too.
                if (e.ZoneMinutes is null && second.ZoneMinutes is not null && !e.LocalCue && e.NamedZone is null)
                    found[^1] = found[^1] with { ZoneMinutes = second.ZoneMinutes };
                found.Add(second with { FirstWord = end + 1, TrailWord = Math.Max(second.TrailWord, end2), Sentence = _sentences.Sentence(end + 1), Paragraph = paragraph });
                end = end2;
            }
            i = Math.Max(end, i + 1);
        }
        JoinDayRanges(found);
        JoinPeriodRanges(found);
        ExtendDayLists(found);
        CarryFuture(found);
        ListYears(found);
        MarkRecurring(found);
        LinkAlternatives(found);
        // Only a clock time without a zone needs the places of the text.
        return found.Any(e => e.Kind == DateKind.Time && e.ZoneMinutes is null)
            ? new ClockZoneFinder(_text, _w, _sentences, _lex, _places).Assign(found)
            : found;
    }

    // "23 Desember 2017 hingga 14 Januari 2018", "30 Oktober - 2 November": two dates stating day and month (no day
    // name) joined by a range word are one range. Dates with day names stay apart ("Jumat (23/6) hingga Rabu (28/6)").
    private void JoinDayRanges(List<DateExpression> found)
    {
        for (var n = found.Count - 2; n >= 0; n--)
        {
            var (a, b) = (found[n], found[n + 1]);
            if (a is not { Kind: DateKind.Day, Weekday: null, Month: not null } || b is not { Kind: DateKind.Day, Weekday: null, Month: not null }) continue;
            if (a.Year is not null && b.Year is null) continue;
            if (b.FirstWord != a.TrailWord + 1 || _w[b.FirstWord].LineBefore || _w[a.TrailWord].Lower is not ("-" or "–" or "hingga" or "sampai")) continue;
            var endYear = b.Year;
            var year = a.Year ?? (b.Year is { } y ? (a.Month <= b.Month ? y : y - 1) : null);
            if (year is { } fy && endYear is { } ly && new DateOnly(ly, b.Month!.Value, b.Day!.Value) <= new DateOnly(fy, a.Month!.Value, Math.Min(a.Day!.Value, DateTime.DaysInMonth(fy, a.Month.Value)))) continue;
            found[n] = a with { Kind = DateKind.DayRange, End = b.End, TrailWord = b.TrailWord, Year = year, EndDay = b.Day, EndMonth = b.Month, EndYear = endYear };
            found.RemoveAt(n + 1);
        }
    }

    // "tahun 2009 hingga Juli 2016", "Maret 2016 sampai dengan Oktober 2016", "Maret 2013 hingga 2015": a year or
    // a month with its year, joined by a range word (or "antara ... dan") to another or to a day of a stated year, is
    // one range (of mixed precision when they differ).
    private void JoinPeriodRanges(List<DateExpression> found)
    {
        for (var n = found.Count - 2; n >= 0; n--)
        {
            var (a, b) = (found[n], found[n + 1]);
            // "antara Mei 2016 dan 2 Februari 2017": a month to a day.
            var toDay = a.Kind == DateKind.Month && b is { Kind: DateKind.Day, Weekday: null, Year: not null, Day: not null };
            if (!IsPeriod(a) || !(IsPeriod(b) || toDay) || (a.Kind == DateKind.Year && b.Kind == DateKind.Year)) continue;
            // (b may start at the range word when that word also cues a date: "hingga Juli 2016".)
            var joiners = RangeWordsAt(a.TrailWord);
            if (joiners == 0 && a.FirstWord > 0 && _w[a.FirstWord - 1].Lower is "antara" or "between" && a.TrailWord < _w.Length && _w[a.TrailWord].Lower is "dan" or "and") joiners = 1;
            if (joiners == 0 || (b.FirstWord != a.TrailWord + joiners && b.FirstWord != a.TrailWord) || _w[a.TrailWord + joiners].LineBefore) continue;
            var (first, last) = ((a.Year!.Value, a.Month ?? 1), (b.Year!.Value, b.Month ?? 12));
            if (last.CompareTo(first) <= 0) continue;
            found[n] = a with { End = b.End, TrailWord = b.TrailWord, EndYear = b.Year, EndMonth = b.Month, EndDay = toDay ? b.Day : null };
            found.RemoveAt(n + 1);
        }
    }

    // A year, or a month with its year, that is not already a range or a part.
    private static bool IsPeriod(DateExpression e) =>
        e is { Kind: DateKind.Year or DateKind.Month, Year: not null, EndYear: null, EndMonth: null, Unit: null };

    // How many words at k join two periods into a range: "-", "hingga", "sampai", "sampai dengan"; 0 for none.
    private int RangeWordsAt(int k)
    {
        if (k >= _w.Length || _w[k].Lower is not ("-" or "–" or "hingga" or "sampai")) return 0;
        return k + 1 < _w.Length && _w[k + 1].Lower == "dengan" ? 2 : 1;
    }

    // "Turnya dibuka 3 Mei mendatang, lalu singgah di Medan pada 6 Mei dan di Makassar pada 9 Mei": a schedule
    // announced as coming goes on, so a yearless day and month after a coming one (the day before it in the text, in
    // its paragraph or the one before) and not before it in the calendar is coming too ("Sidang digelar 20 Mei
    // mendatang; bukti itu disita pada 2 Mei" keeps the seizure past). The resolver's WithComingYears does the same
    // for a day whose stated year lies ahead of publication (it needs the publication day, which the reader lacks).
    private static void CarryFuture(List<DateExpression> found)
    {
        DateExpression? last = null;
        for (var n = 0; n < found.Count; n++)
        {
            var e = found[n];
            if (e.Kind is not (DateKind.Day or DateKind.DayRange)) continue;
            if (e is { Year: null, Weekday: null, Direction: DateDirection.Default or DateDirection.Nearest }
                && last is { Direction: DateDirection.Future, Month: { } lm, Day: { } ld } && e.Paragraph - last.Paragraph <= 1
                && (e.Month!.Value, e.Day!.Value).CompareTo((lm, ld)) >= 0)
                found[n] = e = e with { Direction = DateDirection.Future };
            last = e;
        }
    }

    // "tanggal 19, 20 sampai 21 November 1945": days listed before a day range open it.
    private void ExtendDayLists(List<DateExpression> found)
    {
        for (var n = 0; n < found.Count; n++)
        {
            var e = found[n];
            if (e is not { Kind: DateKind.DayRange, Weekday: null, EndMonth: null, Day: { } day }) continue;
            var f = e.FirstWord;
            var first = day;
            while (f >= 2 && _w[f - 1].Lower == "," && !_w[f].LineBefore && Int(f - 2, 1, 31) is { } d && d < first && (n == 0 || found[n - 1].TrailWord <= f - 2))
            {
                first = d;
                f -= 2;
            }
            if (f != e.FirstWord) found[n] = e with { Start = _w[f].Start, FirstWord = f, Day = first };
        }
    }

    // "sejak 2015 dan 2016", "pada 2014, 2015 serta 2016": years listed after a year are years too.
    private void ListYears(List<DateExpression> found)
    {
        for (var n = 0; n < found.Count; n++)
        {
            var e = found[n];
            if (e is not { Kind: DateKind.Year, EndYear: null, Year: >= 1900 }) continue;
            var t = e.TrailWord;
            if (t + 1 >= _w.Length || _w[t].Lower is not ("dan" or "atau" or "serta" or ",") || _w[t + 1].LineBefore || YearWord(t + 1) is not { } y) continue;
            if (n + 1 < found.Count && found[n + 1].FirstWord <= t + 1) continue;
            if (t + 2 < _w.Length && _w[t + 2].Lower is "-" or "–" or "an" or "/" && !_w[t + 2].SpaceBefore) continue;
            found.Insert(n + 1, new DateExpression(DateKind.Year, _w[t + 1].Start, _w[t + 1].End)
                { Year = y, FirstWord = t + 1, TrailWord = t + 2, Sentence = e.Sentence, Paragraph = e.Paragraph });
        }
    }

    // "hari Minggu (9/4) atau Senin dini hari WIB": a day name given as another name for the day just dated (the
    // same moment in another time zone) is the day of that name nearest it, not one counted from publication. Two day
    // names ("hari Sabtu atau Jumat") are alternatives, not one moment.
    private void LinkAlternatives(List<DateExpression> found)
    {
        for (var n = 1; n < found.Count; n++)
        {
            var (p, e) = (found[n - 1], found[n]);
            if (e is not { Kind: DateKind.Weekday, Unit: null, Direction: DateDirection.Default } || p.Kind != DateKind.Day) continue;
            if (e.FirstWord != p.TrailWord + 1 || _w[p.TrailWord].Lower is not ("atau" or "or")) continue;
            found[n] = e with { AlternativeOfPrevious = true };
        }
    }

    /// <summary>How many words before a clock time, in its sentence, a recurrence cue may stand.</summary>
    public const int RecurrenceCueWindow = 12;

    /// <summary>How many words after a recurring clock time, in its sentence, another time continues the timetable.</summary>
    public const int RecurrenceContinuationWindow = 30;

    // "buka setiap hari mulai pukul 10:00 - 22:00 dan weekend pukul 10:00 - 23:00", "setiap Jumat pukul 20.45 WIB",
    // "beroperasi pukul 10.00 - 22.00 WIB" (an opening word before a range of clock times):
    // clock times after a recurrence cue in their sentence recur and anchor no day. A day name after a recurrence
    // prefix ("setiap Jumat") or a day name or weekend just before a recurring time ("akhir pekan pukul 08:00") names
    // no particular day, so it is no date.
    private void MarkRecurring(List<DateExpression> found)
    {
        for (var n = 0; n < found.Count; n++)
        {
            var e = found[n];
            if (e.Kind != DateKind.Time) continue;
            var sentence = _sentences.Sentence(e.FirstWord);
            // A recurring time earlier in the clause continues ("setiap hari pukul 10:00 - 22:00 dan weekend pukul
            // 10:00 - 23:00"); else the cue stands in the same clause. A clause ends at a comma or semicolon.
            if (n > 0 && found[n - 1] is { Kind: DateKind.Time, Recurring: true } p && _sentences.Sentence(p.FirstWord) == sentence
                && e.FirstWord - p.TrailWord <= RecurrenceContinuationWindow && !ClauseBreakBetween(p.TrailWord, e.FirstWord))
            {
                found[n] = e with { Recurring = true };
                continue;
            }
            var opensRange = n + 1 < found.Count && found[n + 1].Kind == DateKind.Time && IsClockRangeWord(e.TrailWord) && found[n + 1].FirstWord == e.TrailWord + 1;
            for (var k = e.FirstWord - 1; k >= 0 && k >= e.FirstWord - RecurrenceCueWindow && _sentences.Sentence(k) == sentence && (_w[k].Lower is not ("," or ";") || CommaInDayList(k)); k--)
            {
                if (opensRange && _lex.OpeningCues.TryMatch(_w, k, out _, out var oc) && k + oc <= e.FirstWord)
                {
                    found[n] = e with { Recurring = true };
                    break;
                }
                if (!_lex.RecurrenceCues.TryMatch(_w, k, out var prefix, out var c) || k + c > e.FirstWord) continue;
                if (prefix && !(k + 1 < _w.Length && (_lex.Days.TryMatch(_w, k + 1, out _, out _) || _lex.DayParts.TryMatch(_w, k + 1, out _, out _)))) continue;
                found[n] = e with { Recurring = true };
                break;
            }
        }
        found.RemoveAll(e => ((e.Kind == DateKind.Weekday || e is { Kind: DateKind.Part, Weekend: true }) && RecursDay(found, e)) || NamesPrayer(e));
    }

    private bool ClauseBreakBetween(int from, int to)
    {
        for (var k = from; k < to; k++) if (_w[k].Lower is "," or ";") return true;
        return false;
    }

    // "setiap Senin, Rabu dan Jumat": a comma between two day names of a list.
    private bool CommaInDayList(int k) =>
        _w[k].Lower == "," && k > 0 && k + 1 < _w.Length && _lex.Days.TryMatch(_w, k + 1, out _, out _) && _lex.Days.TryMatchEndingAt(_w, k, out _, out _);

    // "melarang salat Jumat di jalan": a bare day name after a prayer word names the prayer.
    private bool NamesPrayer(DateExpression e) =>
        e is { Kind: DateKind.Weekday, Direction: DateDirection.Default, Unit: null } && e.FirstWord > 0 && !_w[e.FirstWord].LineBefore
        && _lex.DayNameWords.Contains(_w[e.FirstWord - 1].Lower);

    private bool RecursDay(List<DateExpression> found, DateExpression e)
    {
        // "setiap Senin, Rabu dan Jumat": every day name of a list after the prefix recurs.
        var first = e.FirstWord;
        while (first >= 2 && (_w[first - 1].Lower is "," or "dan" or "atau" or "serta" or "and" or "or") && _lex.Days.TryMatchEndingAt(_w, first - 1, out _, out var before))
            first = before;
        // "setiap hari Sabtu dan Minggu": the word "hari" may stand between the cue and the list.
        if (first >= 1 && first < e.FirstWord && _w[first - 1].Lower == "hari") first--;
        if (_lex.RecurrenceCues.TryMatchEndingAt(_w, first, out var prefix, out _) && prefix) return true;
        var next = found.FindIndex(x => x.Start >= e.End);
        return next >= 0 && found[next] is { Kind: DateKind.Time, Recurring: true } t && t.FirstWord == e.TrailWord;
    }

    // "Rabu (21/2/2018) besok", "12 Oktober lalu", "20 Oktober mendatang": a trailing word joins the date.
    private DateExpression Absorb(DateExpression e, ref int end)
    {
        if (e.Kind is not (DateKind.Day or DateKind.DayRange) || end >= _w.Length || _w[end].LineBefore) return e;
        var w = _w[end].Lower;
        // "31 Januari besok", "4 November nanti": the day ahead; "10 Mei kemarin": the day behind.
        // "Rabu (21/2/2018) hari ini": one mention of the day.
        if (w == "hari" && end + 1 < _w.Length && _w[end + 1].Lower == "ini" && !_w[end + 1].LineBefore)
        {
            end += 2;
            return e with { End = _w[end - 1].End };
        }
        if (w is "besok" or "kemarin" or "nanti" or "tadi")
        {
            end++;
            var direction = e.Year is not null || e.Weekday is not null ? e.Direction : w is "besok" or "nanti" ? DateDirection.Future : DateDirection.Past;
            return e with { End = _w[end - 1].End, Direction = direction, AdjacentDeictic = w switch { "kemarin" => -1, "besok" => 1, _ => null } };
        }
        if (_lex.MonthDirections.TryMatch(_w, end, out var dir, out var c) && _lex.Language != "en")
        {
            end += c;
            return e with { End = _w[end - 1].End, Direction = e.Year is null ? dir : e.Direction };
        }
        return e;
    }

    // "abad 16 sampai dengan 18 masehi", "abad ke-17", "abad XIX hingga abad XX": centuries as year ranges
    // (the 16th century is 1501-1600). Not before Christ ("abad ke-5 SM").
    private DateExpression? TryCentury(int i, out int end)
    {
        end = i;
        if (_w[i].Lower != "abad" || CenturyNumber(i + 1, out var k) is not { } first) return null;
        var last = first;
        if (k < _w.Length && !_w[k].LineBefore && (_lex.UntilCues.TryMatch(_w, k, out _, out var uc) || (_w[k].Lower is "-" or "–" && (uc = 1) == 1)))
        {
            var j = k + uc;
            if (j < _w.Length && _w[j].Lower == "dengan") j++;
            if (j < _w.Length && _w[j].Lower == "abad") j++;
            if (CenturyNumber(j, out var after) is { } second && second > first) { last = second; k = after; }
        }
        if (k < _w.Length && !_w[k].LineBefore && _w[k].Lower is "sm" or "bc" or "sebelum") return null;
        if (k < _w.Length && !_w[k].LineBefore && _w[k].Lower is "masehi" or "m" or "ad") k++;
        end = k;
        return new DateExpression(DateKind.Year, _w[i].Start, _w[end - 1].End) { Year = (first - 1) * 100 + 1, EndYear = last * 100 };
    }

    // "16", "ke-16", "ke 16", "XVI": a century's number (1-21), and the word after it.
    private int? CenturyNumber(int k, out int after)
    {
        after = k;
        if (k < _w.Length && _w[k].Lower == "ke") { k++; if (k < _w.Length && _w[k].Lower == "-") k++; }
        if (k >= _w.Length || _w[k].LineBefore) return null;
        int? n = _w[k].Kind == ScanKind.Digits ? Int(k, 1, 21) : Roman(_text.AsSpan(_w[k].Start, _w[k].Length));
        if (n is null) return null;
        after = k + 1;
        return n;
    }

    // Upper-case Roman numerals up to XXI.
    private static int? Roman(ReadOnlySpan<char> s)
    {
        var total = 0;
        for (var x = 0; x < s.Length; x++)
        {
            var v = s[x] switch { 'I' => 1, 'V' => 5, 'X' => 10, _ => 0 };
            if (v == 0) return null;
            var next = x + 1 < s.Length ? s[x + 1] switch { 'I' => 1, 'V' => 5, 'X' => 10, _ => 0 } : 0;
            total += v < next ? -v : v;
        }
        return total is >= 1 and <= 21 ? total : null;
    }

    // "malam pergantian tahun 2017 ke 2018", "malam tahun baru 2018": the evening of 31 December.
    private DateExpression? TryNewYearsEve(int i, out int end)
    {
        end = i;
        var k = i;
        var evening = _w[k].Lower is "malam";
        if (evening) k++;
        if (k + 1 >= _w.Length || _w[k].LineBefore || _w[k + 1].LineBefore) return null;
        var turn = _w[k].Lower is "pergantian" or "peralihan" && _w[k + 1].Lower is "tahun";
        var newYear = evening && _w[k].Lower is "tahun" && _w[k + 1].Lower is "baru";
        if (!turn && !newYear) return null;
        k += 2;
        // Without a year it is often the eve in general ("apa yang dilakukan di malam pergantian tahun"), or another
        // calendar's ("malam tahun baru Imlek").
        if (k >= _w.Length || _w[k].LineBefore || YearWord(k) is not { } first) return null;
        k++;
        // "2017 ke 2018": the eve closes the first year; "tahun baru 2018" alone names the year it opens.
        var closes = k + 1 < _w.Length && _w[k].Lower is "ke" or "-" or "–" && YearWord(k + 1) == first + 1;
        if (closes) k += 2;
        end = k;
        return new DateExpression(DateKind.Day, _w[i].Start, _w[end - 1].End) { Year = closes ? first : first - 1, Month = 12, Day = 31 };
    }

    // "kuartal kedua 2017", "triwulan III tahun ini", "semester pertama".
    private DateExpression? TryQuarter(int i, out int end)
    {
        end = i;
        if (!_lex.Quarters.TryMatch(_w, i, out var months, out var c)) return null;
        var k = i + c;
        if (MonthsOfYear(i, k, months, out end) is { } stated) return stated;
        end = k;
        return new DateExpression(DateKind.Part, _w[i].Start, _w[end - 1].End) { Unit = CalendarUnit.Year, Offset = 0, PartMonths = months };
    }

    // Months of the year stated from word k ("2017", "tahun 2017", "tahun ini", "of 2017"), the expression starting at
    // word i; null when no year is stated there.
    private DateExpression? MonthsOfYear(int i, int k, (int From, int To) months, out int end)
    {
        end = i;
        if (k < _w.Length && _w[k].Lower is "tahun" or "of" && k + 1 < _w.Length && YearWord(k + 1) is not null) k++;
        if (k < _w.Length && YearWord(k) is { } y)
        {
            end = k + 1;
            return new DateExpression(DateKind.Part, _w[i].Start, _w[end - 1].End) { Year = y, PartMonths = months };
        }
        if (!_lex.Relative.TryMatch(_w, k, out var rel, out var rc) || rel.Unit != CalendarUnit.Year) return null;
        end = k + rc;
        return new DateExpression(DateKind.Part, _w[i].Start, _w[end - 1].End) { Unit = CalendarUnit.Year, Offset = rel.Offset, PartMonths = months };
    }

    private DateExpression? TryAt(int i, out int end)
    {
        end = i;
        if (_w[i].Kind == ScanKind.Symbol && _w[i].Lower != "(") return null;
        return TryRelativeCount(i, out end)
            ?? TryCentury(i, out end)
            ?? TryNewYearsEve(i, out end)
            ?? TryQuarter(i, out end)
            ?? TryRelative(i, out end)
            ?? TryWeekday(i, out end)
            ?? TryPart(i, out end)
            ?? TryIso(i, out end)
            ?? TrySlash(i, out end, weekday: null, start: i)
            ?? TryDayMonth(i, out end, weekday: null, start: i)
            ?? TryMonthFirst(i, out end)
            ?? TryYear(i, out end)
            ?? TryTime(i, out end);
    }

    // "dua hari lalu", "3 tahun silam", "sepekan lalu", "two days ago".
    private DateExpression? TryRelativeCount(int i, out int end)
    {
        end = i;
        int n;
        int k;
        var w = _w[i];
        if (w.Kind == ScanKind.Letters && w.Lower.StartsWith("se", StringComparison.Ordinal) && w.Length > 3
            && _lex.Units.TryMatch(TextScanner.Scan(w.Lower[2..]), 0, out _, out _))
        {
            n = 1;
            k = i;
            var unitWord = TextScanner.Scan(w.Lower[2..]);
            _lex.Units.TryMatch(unitWord, 0, out var u1, out _);
            return Offset(i, k + 1, n, u1, out end);
        }
        var q = NumberReader.Read(_text, _w, i, _numbers);
        if (q is null || q.Value.Vague || q.Value.Value is < 0.5 or > 1000) return null;
        // "satu setengah tahun lalu": a half more of a year or a month.
        var half = q.Value.Value - Math.Floor(q.Value.Value) == 0.5;
        if (!half && q.Value.Value != Math.Floor(q.Value.Value)) return null;
        n = (int)q.Value.Value;
        k = q.Value.EndWord;
        // "selama lima tahun mendatang", "untuk periode dua bulan lagi": a stretch ahead is a duration, not a date.
        if (i > 0 && _w[i - 1].Lower is "selama" or "untuk" or "periode" or "for") return null;
        if (!_lex.Units.TryMatch(_w, k, out var unit, out var uc) || (half && unit is not (CalendarUnit.Year or CalendarUnit.Month))) return null;
        if (!half && unit == CalendarUnit.Month && n is >= 1 and <= 12 && FirstMonths(i, k + uc, n, out end) is { } firstMonths) return firstMonths;
        // A half counts in halves: Offset -3 with HalfUnit is one and a half units back. Only back: "dua setengah
        // tahun ke depan" is mostly a duration (a contract's term), not a point in time.
        if (Offset(i, k + uc, half ? 2 * n + 1 : n, unit, out end) is not { } offset) return null;
        if (half && offset.Offset > 0) { end = i; return null; }
        return offset with { HalfUnit = half };
    }

    // "sembilan bulan pertama tahun ini", "enam bulan pertama 2015": January to the n-th month of a stated year. Without
    // a year ("tiga bulan pertama" of a contract) it is a stretch, not a date.
    private DateExpression? FirstMonths(int i, int k, int n, out int end)
    {
        end = i;
        if (k + 1 >= _w.Length || _w[k].Lower is not ("pertama" or "first") || _w[k + 1].LineBefore) return null;
        return MonthsOfYear(i, k + 1, (1, n), out end);
    }

    private DateExpression? Offset(int i, int k, int n, CalendarUnit unit, out int end)
    {
        end = i;
        if (!_lex.OffsetWords.TryMatch(_w, k, out var sign, out var oc) || _w[k].LineBefore) return null;
        // "masih menyisakan satu tahun lagi (dalam kontrak)", "bertahan di kota itu dua tahun lagi": what remains, not a date.
        if (sign > 0 && RemainingBefore(i)) return null;
        end = k + oc;
        return new DateExpression(DateKind.Relative, _w[i].Start, _w[end - 1].End) { Unit = unit, Offset = sign * n };
    }

    // A remaining-word ("memiliki", "bertahan") within a few words before i, in its clause.
    private bool RemainingBefore(int i)
    {
        for (var j = i - 1; j >= 0 && j >= i - RemainingReach; j--)
        {
            if (_w[j].Lower is "," or ";" or "." || _w[j + 1].LineBefore) return false;
            if (_lex.RemainingWords.Contains(_w[j].Lower)) return true;
        }
        return false;
    }

    private const int RemainingReach = 4;

    private DateExpression? TryRelative(int i, out int end)
    {
        end = i;
        if (!_lex.Relative.TryMatch(_w, i, out var rel, out var c)) return null;
        // "menyewa ikan untuk semalam", "menginap selama semalam": one night, not last night.
        if (_w[i].Lower == "semalam" && i > 0 && _w[i - 1].Lower is "untuk" or "selama") return null;
        // "musim panas kemarin", "musim lalu": a season, not a day.
        if (rel.Unit == CalendarUnit.Day && ((i > 0 && _w[i - 1].Lower == "musim") || (i > 1 && _w[i - 2].Lower == "musim"))) return null;
        // "dalam beberapa hari ini", "tertunda selama satu minggu ini", "pelatih berusia 47 tahun ini": a stretch or an
        // age, not a date.
        var unitWord = _w[i].Lower is "hari" or "pekan" or "minggu" or "bulan" or "tahun";
        if (rel.Offset == 0 && i > 0 && unitWord
            && (_w[i - 1].Lower == "beberapa" || (CountBefore(i)
                && !(i > 1 && _w[i - 2].Lower is "kuartal" or "semester" or "triwulan" or "caturwulan" or "quarter" or "q")))) return null;
        // "beberapa bulan lalu", "sekian tahun lalu": some months back, no month in particular.
        if (i > 0 && unitWord && _w[i - 1].Lower is "beberapa" or "sekian" or "berapa") return null;
        end = i + c;
        // "hari ini (19/5)": the stated date wins over the relative word.
        if (rel.Unit == CalendarUnit.Day && end < _w.Length && _w[end].Lower == "(" && TrySlash(end, out var slashEnd, null, i) is { } stated)
        {
            end = slashEnd;
            return stated with { DeicticOffset = rel.Offset };
        }
        // "besok (Jumat, 21 April)", "hari ini (Kamis, 20/4)": a day name and a date in the parentheses, one mention.
        if (rel.Unit == CalendarUnit.Day && end + 2 < _w.Length && _w[end].Lower == "(" && !_w[end].LineBefore && IsWeekdayAt(end + 1, true))
        {
            _lex.Days.TryMatch(_w, end + 1, out var weekday, out var dc);
            var k = end + 1 + dc;
            if (k < _w.Length && _w[k].Lower == ",") k++;
            if ((TrySlash(k, out var e2, weekday, i) ?? TryDayMonth(k, out e2, weekday, i)) is { } dated
                && e2 < _w.Length && _w[e2].Lower == ")")
            {
                end = e2 + 1;
                return dated with { End = _w[e2].End, DeicticOffset = rel.Offset };
            }
        }
        return new DateExpression(DateKind.Relative, _w[i].Start, _w[end - 1].End) { Unit = rel.Unit, Offset = rel.Offset };
    }

    // "hari Rabu", "Kamis malam", "Jumat (18/10)", "Kamis 24 Oktober 2024", "Kamis, 24/10/2024", "last Friday".
    private DateExpression? TryWeekday(int i, out int end)
    {
        end = i;
        var k = i;
        var dir = DateDirection.Default;
        if (_lex.Language == "en" && _lex.WeekdayDirections.TryMatch(_w, k, out var pre, out var pc) && IsWeekdayAt(k + pc, true)) { dir = pre; k += pc; }
        var afterHari = false;
        if (_w[k].Lower is "hari" or "on" && k + 1 < _w.Length) { afterHari = true; k++; }
        if (!IsWeekdayAt(k, afterHari)) return null;
        _lex.Days.TryMatch(_w, k, out var weekday, out var dc);
        if (_w[i].Lower == "on") i = k;
        var j = k + dc;
        // "Senin malam (27/3)": a part of the day between the name and its date.
        if (j < _w.Length && !_w[j].LineBefore && _lex.DayParts.TryMatch(_w, j, out _, out var dp0) && j + dp0 < _w.Length && _w[j + dp0].Lower == "("
            && TrySlash(j + dp0, out var partEnd, weekday, i) is { } withPart)
        {
            end = partEnd;
            return withPart;
        }
        // "Kamis (5 Oktober 2017)": a written-out date in brackets after the name.
        if (j + 1 < _w.Length && _w[j].Lower == "(" && TryDayMonth(j + 1, out var inner, weekday, i) is { } bracketed && inner < _w.Length && _w[inner].Lower == ")")
        {
            end = inner + 1;
            return bracketed with { End = _w[inner].End };
        }
        var comma = j < _w.Length && _w[j].Lower == "," ? j + 1 : j;
        // "Senin tanggal 30 Oktober 2017", "Selasa, tanggal 31 Oktober": the word for the day of the month between.
        if (comma + 1 < _w.Length && _w[comma].Lower is "tanggal" or "tgl" && !_w[comma + 1].LineBefore) comma++;
        var dated = TrySlash(comma, out end, weekday, i) ?? TryDayMonth(comma, out end, weekday, i) ?? (_lex.Language == "en" ? TryMonthFirst(comma, out end, weekday, i) : null);
        if (dated is not null)
        {
            if (end < _w.Length && _lex.DayParts.TryMatch(_w, end, out _, out var dp2) && !_w[end].LineBefore) end += dp2;
            return dated;
        }
        if (j < _w.Length && !_w[j].LineBefore)
        {
            if (_lex.DayParts.TryMatch(_w, j, out _, out var dp)) j += dp;
            // "Kamis pekan depan", "Jumat pekan lalu": the day of that name in a week counted from the writer's;
            // "Sabtu akhir pekan ini": the Saturday of this week's weekend.
            var weekAt = j < _w.Length && _w[j].Lower == "akhir" && IsWeekend(weekday) ? j + 1 : j;
            if (weekAt < _w.Length && !_w[weekAt].LineBefore && _lex.Relative.TryMatch(_w, weekAt, out var week, out var wc) && week.Unit == CalendarUnit.Week)
            {
                end = weekAt + wc;
                return new DateExpression(DateKind.Weekday, _w[i].Start, _w[end - 1].End) { Weekday = weekday, Unit = CalendarUnit.Week, Offset = week.Offset };
            }
            if (j < _w.Length && !_w[j].LineBefore && _lex.WeekdayDirections.TryMatch(_w, j, out var d2, out var sc))
            {
                dir = d2;
                j += sc;
                // "Selasa kemarin (20/9)", "Kamis ini (20/4)": the date after the placed day name is its date.
                if (j < _w.Length && _w[j].Lower == "(" && TrySlash(j, out var slashEnd, weekday, i) is { } slashed)
                {
                    end = slashEnd;
                    return slashed;
                }
            }
        }
        end = j;
        return new DateExpression(DateKind.Weekday, _w[i].Start, _w[end - 1].End) { Weekday = weekday, Direction = dir };
    }

    private static bool IsWeekend(int? weekday) => weekday is 6 or 7;

    private bool IsWeekdayAt(int k, bool afterCue)
    {
        if (k >= _w.Length || !_lex.Days.TryMatch(_w, k, out _, out _)) return false;
        // "Pasar Minggu", "Pasar Senen": Jakarta districts named after market days.
        if (k > 0 && _w[k - 1].Lower == "pasar" && _w[k - 1].IsCapitalized(_text)) return false;
        // "minggu" is also "week": only a capitalised Minggu not followed by lalu/depan/ini is Sunday.
        if (_w[k].Lower == "minggu" && (!_w[k].IsCapitalized(_text) || (k + 1 < _w.Length && _w[k + 1].Lower is "lalu" or "depan" or "ini" or "ke" or "pertama" or "kedua"))) return false;
        return afterCue || _w[k].IsCapitalized(_text);
    }

    // "(18/10)", "(27/3/2017)", "27/3/2017"; a bare d/m without year or parentheses is a ratio, not a date.
    private DateExpression? TrySlash(int i, out int end, int? weekday, int start)
    {
        end = i;
        if (i >= _w.Length) return null;
        var paren = _w[i].Lower == "(";
        var k = paren ? i + 1 : i;
        if (k + 2 >= _w.Length || Int(k, 1, 31) is not { } d || !Glued(k + 1, "/") || Int(k + 2, 1, 12) is not { } m) return null;
        k += 3;
        int? y = null;
        if (k + 1 < _w.Length && Glued(k, "/") && _w[k + 1].Kind == ScanKind.Digits && !_w[k + 1].SpaceBefore)
        {
            y = YearOf(_w[k + 1].Lower);
            if (y is null) return null;
            k += 2;
        }
        if (paren)
        {
            if (k >= _w.Length || _w[k].Lower != ")") return null;
            k++;
        }
        else if (y is null && weekday is null) return null;
        if (!ValidDay(y ?? 2000, m, d)) return null;
        end = k;
        return new DateExpression(DateKind.Day, _w[start].Start, _w[end - 1].End) { Year = y, Month = m, Day = d, Weekday = weekday };
    }

    // "24 Oktober 2024", "12 Oktober", "12-14 Oktober", "12 hingga 14 Oktober 2024", "24 October, 2024".
    private DateExpression? TryDayMonth(int i, out int end, int? weekday, int start)
    {
        end = i;
        if (i >= _w.Length || Int(i, 1, 31) is not { } d) return null;
        var k = i + 1;
        int? d2 = null;
        if (k + 1 < _w.Length && (_w[k].Lower is "-" or "–" or "hingga" or "sampai" or "to") && Int(k + 1, 1, 31) is { } e && e > d)
        {
            if (TryMonthAt(k + 2, out _, out _)) { d2 = e; k += 2; }
        }
        // "26 dan 27 Mei": the first day of a pair takes the month (and year) of the second, which is read on its own.
        if (d2 is null && k + 2 < _w.Length && _w[k].Lower is "dan" or "atau" && Int(k + 1, 1, 31) is { } next && next > d
            && !_w[k + 2].LineBefore && TryMonthAt(k + 2, out var pairMonth, out var pmc))
        {
            var pairYear = k + 2 + pmc < _w.Length && !_w[k + 2 + pmc].LineBefore ? YearWord(k + 2 + pmc) : null;
            if (!ValidDay(pairYear ?? 2000, pairMonth, d)) return null;
            end = i + 1;
            return new DateExpression(DateKind.Day, _w[start].Start, _w[end - 1].End) { Year = pairYear, Month = pairMonth, Day = d, Weekday = weekday };
        }
        if (!TryMonthAt(k, out var m, out var mc) || _w[k].LineBefore) return null;
        k += mc;
        int? y = null;
        var yk = k < _w.Length && _w[k].Lower == "," ? k + 1 : k;
        if (yk < _w.Length && !_w[yk].LineBefore && YearWord(yk) is { } yy) { y = yy; k = yk + 1; }
        if (!ValidDay(y ?? 2000, m, d)) return null;
        // "12 Maret tahun lalu", "1 Maret tahun depan": the year counted from the writer's.
        if (y is null && d2 is null && k < _w.Length && !_w[k].LineBefore && _lex.Relative.TryMatch(_w, k, out var relYear, out var ryc) && relYear.Unit == CalendarUnit.Year)
        {
            end = k + ryc;
            return new DateExpression(DateKind.Day, _w[start].Start, _w[end - 1].End) { Month = m, Day = d, Weekday = weekday, Unit = CalendarUnit.Year, Offset = relYear.Offset };
        }
        end = k;
        return d2 is null
            ? new DateExpression(DateKind.Day, _w[start].Start, _w[end - 1].End) { Year = y, Month = m, Day = d, Weekday = weekday }
            : new DateExpression(DateKind.DayRange, _w[start].Start, _w[end - 1].End) { Year = y, Month = m, Day = d, EndDay = d2 };
    }

    // English "October 24, 2024", "Oct. 24"; both languages "Oktober 2024", "bulan Oktober", "Oktober lalu".
    private DateExpression? TryMonthFirst(int i, out int end) => TryMonthFirst(i, out end, null, i);

    private DateExpression? TryMonthFirst(int i, out int end, int? weekday, int start)
    {
        end = i;
        var k = i;
        var cue = false;
        if (_lex.Cues.TryMatch(_w, k, out var keep, out var cc) && TryMonthAt(k + cc, out _, out _))
        {
            cue = true;
            if (!keep) start = k + cc;
            k += cc;
        }
        if (!TryMonthAt(k, out var m, out var mc)) return null;
        var j = k + mc;
        if (_lex.Language == "en" && j < _w.Length && Int(j, 1, 31) is { } d && !_w[j].LineBefore
            && !(j + 1 < _w.Length && _w[j + 1].Lower is "%" or "persen" or "percent"))
        {
            j++;
            int? y = null;
            var yk = j < _w.Length && _w[j].Lower == "," ? j + 1 : j;
            if (yk < _w.Length && YearWord(yk) is { } yy) { y = yy; j = yk + 1; }
            if (!ValidDay(y ?? 2000, m, d)) return null;
            end = j;
            return new DateExpression(DateKind.Day, _w[start].Start, _w[end - 1].End) { Year = y, Month = m, Day = d, Weekday = weekday };
        }
        // "Januari (2017)": the year in parentheses.
        if (j + 2 < _w.Length && !_w[j].LineBefore && _w[j].Lower == "(" && YearWord(j + 1) is { } inParentheses && _w[j + 2].Lower == ")")
        {
            end = j + 3;
            return new DateExpression(DateKind.Month, _w[start].Start, _w[end - 1].End) { Year = inParentheses, Month = m };
        }
        if (j < _w.Length && !_w[j].LineBefore && YearWord(j) is { } year)
        {
            end = j + 1;
            // "November 2016 hingga April 2017": a stretch of months across a year's end.
            if (end + 2 < _w.Length && !_w[end].LineBefore && _w[end].Lower is "hingga" or "sampai" or "-" or "–" or "to"
                && TryMonthAt(end + 1, out var m3, out var mc3) && YearWord(end + 1 + mc3) is { } y3 && !_w[end + 1 + mc3].LineBefore
                && (y3 > year || (y3 == year && m3 > m)))
            {
                end = end + 2 + mc3;
                return new DateExpression(DateKind.Month, _w[start].Start, _w[end - 1].End) { Year = year, Month = m, EndMonth = m3, EndYear = y3 };
            }
            return new DateExpression(DateKind.Month, _w[start].Start, _w[end - 1].End) { Year = year, Month = m };
        }
        // "April tahun depan", "Februari tahun ini".
        if (j < _w.Length && !_w[j].LineBefore && _lex.Relative.TryMatch(_w, j, out var relYear, out var ryc) && relYear.Unit == CalendarUnit.Year)
        {
            end = j + ryc;
            return new DateExpression(DateKind.Month, _w[start].Start, _w[end - 1].End) { Month = m, Unit = CalendarUnit.Year, Offset = relYear.Offset };
        }
        // "September hingga Oktober 2017".
        if (j + 1 < _w.Length && !_w[j].LineBefore && _w[j].Lower is "hingga" or "sampai" or "-" or "–" or "to" && TryMonthAt(j + 1, out var m2, out var mc2))
        {
            var k2 = j + 1 + mc2;
            int? y2 = k2 < _w.Length && !_w[k2].LineBefore ? YearWord(k2) : null;
            if (y2 is not null) k2++;
            end = k2;
            return new DateExpression(DateKind.Month, _w[start].Start, _w[end - 1].End) { Month = m, EndMonth = m2, Year = y2 };
        }
        // "ekspor Maret dan April 2019": two months in a row with the year after the second are one stretch.
        if (j + 2 < _w.Length && !_w[j].LineBefore && _w[j].Lower == "dan" && TryMonthAt(j + 1, out var m4, out var mc4) && m4 == m % 12 + 1
            && j + 1 + mc4 < _w.Length && !_w[j + 1 + mc4].LineBefore && YearWord(j + 1 + mc4) is { } y4)
        {
            end = j + 2 + mc4;
            return new DateExpression(DateKind.Month, _w[start].Start, _w[end - 1].End) { Month = m, EndMonth = m4, Year = y4 };
        }
        var dir = DateDirection.Default;
        var suffixed = false;
        if (j < _w.Length && !_w[j].LineBefore && _lex.MonthDirections.TryMatch(_w, j, out var md, out var sc) && _lex.Language != "en")
        {
            dir = md; j += sc; suffixed = true;
        }
        if (_lex.Language == "en" && k > 0 && _lex.MonthDirections.TryMatch(_w, k - 1, out var emd, out _)) { dir = emd; start = k - 1; suffixed = true; }
        var cuedBefore = cue || (k > 0 && _lex.Cues.TryMatchEndingAt(_w, k, out _, out _));
        if (!cuedBefore && !suffixed) return null;
        // "setelah Nov diperiksa": an abbreviation alone after a cue word is more often a name than a month.
        if (!suffixed && !_lex.FullMonthNames.Contains(_w[k].Lower) && !(k > 0 && _w[k - 1].Lower is "bulan" or "month")) return null;
        end = j;
        return new DateExpression(DateKind.Month, _w[start].Start, _w[end - 1].End) { Month = m, Direction = dir };
    }

    // "awal hingga pertengahan Oktober", "akhir bulan ini", "akhir 2017", "mid-October".
    private DateExpression? TryPart(int i, out int end)
    {
        end = i;
        if (!_lex.Parts.TryMatch(_w, i, out var from, out var fc)) return null;
        var k = i + fc;
        var to = from;
        if (k < _w.Length && _w[k].Lower is "-" && !_w[k].SpaceBefore) k++;
        if (k + 1 < _w.Length && (_w[k].Lower is "hingga" or "sampai" or "to") && _lex.Parts.TryMatch(_w, k + 1, out var t, out var tc))
        {
            to = t;
            k += 1 + tc;
        }
        // "akhir pekan ini": the weekend of that week; "awal pekan ini": its Monday and Tuesday.
        if (_w[i].Lower is "akhir" or "awal" && _lex.Relative.TryMatch(_w, k, out var wk, out var wkc) && wk.Unit == CalendarUnit.Week)
        {
            end = k + wkc;
            return new DateExpression(DateKind.Part, _w[i].Start, _w[end - 1].End)
                { Unit = CalendarUnit.Week, Offset = wk.Offset, Weekend = _w[i].Lower == "akhir", WeekStart = _w[i].Lower == "awal" };
        }
        // "akhir tahun", "awal bulan": of the current year or month.
        if (k < _w.Length && _w[k].Lower is "tahun" or "bulan" && !_lex.Relative.TryMatch(_w, k, out _, out _)
            && !(k + 1 < _w.Length && (YearWord(k + 1) is not null || TryMonthAt(k + 1, out _, out _))))
        {
            end = k + 1;
            var unit = _w[k].Lower == "tahun" ? CalendarUnit.Year : CalendarUnit.Month;
            return new DateExpression(DateKind.Part, _w[i].Start, _w[end - 1].End)
            {
                Unit = unit, Offset = 0,
                PartDays = unit == CalendarUnit.Month ? (from.Days.Item1, to.Days.Item2) : null,
                PartMonths = unit == CalendarUnit.Year ? (from.Months.Item1, to.Months.Item2) : null,
            };
        }
        if (k < _w.Length && _w[k].Lower is "bulan" or "tahun" && k + 1 < _w.Length && !_lex.Relative.TryMatch(_w, k, out _, out _)) k++;
        var days = (from.Days.Item1, to.Days.Item2);
        var months = (from.Months.Item1, to.Months.Item2);
        if (TryMonthAt(k, out var m, out var mc))
        {
            k += mc;
            int? y = null;
            if (k < _w.Length && YearWord(k) is { } yy) { y = yy; k++; }
            else if (k < _w.Length && !_w[k].LineBefore && _lex.Relative.TryMatch(_w, k, out var ry, out var ryc) && ry.Unit == CalendarUnit.Year)
            {
                end = k + ryc;
                return new DateExpression(DateKind.Part, _w[i].Start, _w[end - 1].End) { Month = m, Unit = CalendarUnit.Year, Offset = ry.Offset, PartDays = days };
            }
            end = k;
            return new DateExpression(DateKind.Part, _w[i].Start, _w[end - 1].End) { Month = m, Year = y, PartDays = days };
        }
        if (k < _w.Length && YearWord(k) is { } year)
        {
            // "awal 2020-an": part of a decade, a range of years.
            if (year % 10 == 0 && DecadeEnd(k + 1) is { } decadeEnd)
            {
                end = decadeEnd;
                return new DateExpression(DateKind.Year, _w[i].Start, _w[end - 1].End) { Year = year + from.Years.Item1, EndYear = year + to.Years.Item2 };
            }
            end = k + 1;
            return new DateExpression(DateKind.Part, _w[i].Start, _w[end - 1].End) { Year = year, PartMonths = months };
        }
        if (_lex.Relative.TryMatch(_w, k, out var rel, out var rc) && rel.Unit is CalendarUnit.Month or CalendarUnit.Year)
        {
            end = k + rc;
            return new DateExpression(DateKind.Part, _w[i].Start, _w[end - 1].End)
            {
                Unit = rel.Unit, Offset = rel.Offset,
                PartDays = rel.Unit == CalendarUnit.Month ? days : null,
                PartMonths = rel.Unit == CalendarUnit.Year ? months : null,
            };
        }
        return null;
    }

    // "2017-05-12".
    private DateExpression? TryIso(int i, out int end)
    {
        end = i;
        if (i + 4 >= _w.Length || _w[i].Length != 4 || YearOf(_w[i].Lower) is not { } y) return null;
        if (!Glued(i + 1, "-") || Int(i + 2, 1, 12) is not { } m || _w[i + 2].SpaceBefore || !Glued(i + 3, "-") || Int(i + 4, 1, 31) is not { } d || _w[i + 4].SpaceBefore) return null;
        if (!ValidDay(y, m, d)) return null;
        end = i + 5;
        return new DateExpression(DateKind.Day, _w[i].Start, _w[end - 1].End) { Year = y, Month = m, Day = d };
    }

    // "tahun 2017", "pada 2017", "2016-2017", "(2017)"; not "UU Nomor 12 Tahun 2011".
    private DateExpression? TryYear(int i, out int end)
    {
        end = i;
        var start = i;
        var k = i;
        var cued = _lex.Cues.TryMatch(_w, i, out var keep, out var cc);
        if (cued && ApproximateYearAt(i + cc) is { } approx)
        {
            k = i + cc + approx;
            start = k;
        }
        else if (cued && i + cc < _w.Length && YearWord(i + cc) is not null)
        {
            if (_w[i].Lower == "tahun" && i > 0 && _w[i - 1].Kind == ScanKind.Digits) return null;
            // "hingga 2000 orang" counts people.
            if (!keep && Counted(i + cc + 1)) return null;
            k = i + cc;
            if (!keep) start = k;
        }
        // "diterapkan penuh di 2018", "musim terbaiknya ialah 2005"; not "lebih dari 2000 mg".
        else if (_lex.WeakYearCues.TryMatch(_w, i, out _, out var wc) && YearWord(i + wc) is not null && !Counted(i + wc + 1))
        {
            k = i + wc;
            start = k;
        }
        // "antara tahun 2011 dan 2012", "antara 2010 dan 2013": the years between, one range.
        else if (_w[i].Lower == "antara" && BetweenYears(i + 1) is { } between)
        {
            end = between.End;
            return new DateExpression(DateKind.Year, _w[i + 1].Start, _w[end - 1].End) { Year = between.First, EndYear = between.Last };
        }
        else if (_w[i].Lower == "(" && i + 2 < _w.Length && YearWord(i + 1) is not null && (_w[i + 2].Lower == ")" || YearListCloses(i + 2))) k = i + 1;
        // "(2 - 1; 2011)": the year that closes a bracket after a semicolon (a result and its year).
        else if (YearWord(i) is not null && i > 0 && _w[i - 1].Lower == ";" && i + 1 < _w.Length && _w[i + 1].Lower == ")" && OpenBracketBefore(i - 1)) k = i;
        // "2016 menjadi musim terbaik klub itu": a year that opens a sentence, with a word (not a unit or count) after it.
        else if (YearWord(i) is not null && (i == 0 || _sentences.Sentence(i - 1) != _sentences.Sentence(i)) && i + 1 < _w.Length
                 && _w[i + 1].Kind == ScanKind.Letters && !_w[i + 1].IsCapitalized(_text) && !Counted(i + 1)) k = i;
        // "industri andalan 2015 - 2035": two years joined as a range need no cue.
        // Not a season's label: "musim 2016 - 2017", "Liga Belanda 2014 - 2015".
        else if (YearWord(i) is { } first && i + 2 < _w.Length && !_w[i + 2].LineBefore && _w[i + 1].Lower is "-" or "–" or "hingga" or "sampai" && YearWord(i + 2) is { } last && last > first && TryIso(i, out _) is null
            && !SeasonLabel(i)) k = i;
        else return null;
        if (TryIso(k, out _) is not null) return null;
        var y = YearWord(k)!.Value;
        var j = k + 1;
        // "tahun 1990-an": the decade.
        if (y % 10 == 0 && DecadeEnd(j) is { } decadeEnd)
        {
            if (_w[i].Lower == "(" && start == i) start = k;
            end = decadeEnd;
            return new DateExpression(DateKind.Year, _w[start].Start, _w[end - 1].End) { Year = y, EndYear = y + 9 };
        }
        int? y2 = null;
        if (j + 1 < _w.Length && (_w[j].Lower is "-" or "–" or "hingga" or "sampai" or "to") && YearWord(j + 1) is { } e && e > y) { y2 = e; j += 2; }
        if (_w[i].Lower == "(" && start == i) start = k;
        end = j;
        return new DateExpression(DateKind.Year, _w[start].Start, _w[end - 1].End) { Year = y, EndYear = y2 };
    }

    // A unit, percent sign or count word at word k: the number before it is a quantity.
    // The year range at word k follows "musim", or ends a capitalised name a league word heads (brackets allowed:
    // "Indonesian Basketball League (IBL) 2017 - 2018").
    private bool SeasonLabel(int k)
    {
        if (k > 0 && _lex.SeasonWords.TryGetValue(_w[k - 1].Lower, out var league) && !league) return true;
        for (var j = k - 1; j >= 0 && j >= k - SeasonNameReach; j--)
        {
            if (_w[j].Lower is "(" or ")") continue;
            if (_w[j].Kind != ScanKind.Letters || !_w[j].IsCapitalized(_text)) return false;
            if (_lex.SeasonWords.TryGetValue(_w[j].Lower, out var heads) && heads) return true;
        }
        return false;
    }

    /// <summary>Most words between a league word and the season range after its name.</summary>
    private const int SeasonNameReach = 6;

    private bool Counted(int k) => k < _w.Length && !_w[k].LineBefore && _lex.CountWords.Contains(_w[k].Lower);

    // "sejak atau sekitar 2014", "pada sekitar 2015": how many words of approximation stand between a cue (ending
    // just before k) and its year, or null. Not "pada sekitar 2000 orang", which counts people.
    private int? ApproximateYearAt(int k)
    {
        var approx = k + 1 < _w.Length && _w[k].Lower == "atau" && _w[k + 1].Lower == "sekitar" ? 2
            : k < _w.Length && _w[k].Lower == "sekitar" ? 1 : 0;
        if (approx == 0 || YearWord(k + approx) is null) return null;
        var after = k + approx + 1;
        if (after < _w.Length && _w[after].Kind == ScanKind.Letters && !_w[after].IsCapitalized(_text)
            && _w[after].Lower is not ("sampai" or "hingga" or "dan" or "lalu" or "silam" or "ketika" or "saat")) return null;
        return approx;
    }

    // "tahun 2011 dan 2012" after "antara": first and last year and the word after.
    private (int First, int Last, int End)? BetweenYears(int k)
    {
        if (k < _w.Length && _w[k].Lower == "tahun") k++;
        if (YearWord(k) is not { } first || k + 2 >= _w.Length || _w[k + 1].Lower is not ("dan" or "and") || _w[k + 2].LineBefore) return null;
        var j = k + 2;
        if (_w[j].Lower == "tahun") j++;
        return YearWord(j) is { } last && last > first ? (first, last, j + 1) : null;
    }

    // An unclosed "(" within a few words before word k, on the same line.
    private bool OpenBracketBefore(int k)
    {
        for (var j = k - 1; j >= 0 && j >= k - BracketReach; j--)
        {
            if (_w[j].Lower == ")") return false;
            if (_w[j].Lower == "(") return true;
            if (_w[j].LineBefore) return false;
        }
        return false;
    }

    private const int BracketReach = 8;

    // ", 2016)", "dan 2016)", "atau 2017, 2018)": the rest of a parenthesised list of years.
    private bool YearListCloses(int k)
    {
        var listed = 0;
        for (; listed < 8 && k + 1 < _w.Length && _w[k].Lower is "dan" or "atau" or "serta" or "," && YearWord(k + 1) is not null; listed++) k += 2;
        return listed > 0 && k < _w.Length && _w[k].Lower == ")";
    }

    // "pukul 10.00 WIB", "pukul 14:30 WITA", "10.30 WIT", "jam 9 pagi".
    private DateExpression? TryTime(int i, out int end) => TryTime(i, out end, rangeEnd: false);

    // A word joining two clock times into a range, on the same line: "10.00-22.00", "10:00 – 23:00", "09.00 hingga 12.00".
    private bool IsClockRangeWord(int k) =>
        k + 1 < _w.Length && !_w[k].LineBefore && !_w[k + 1].LineBefore && _w[k].Lower is "-" or "–" or "—" or "hingga" or "sampai";

    // rangeEnd: the second time of a range, cued by the first ("pukul 10.00-22.00"); it must show its minutes.
    private DateExpression? TryTime(int i, out int end, bool rangeEnd)
    {
        end = i;
        if (i >= _w.Length) return null;
        var k = i;
        var cued = !rangeEnd && _lex.TimeCues.Contains(_w[k].Lower);
        // "selama satu jam 5 menit", "2 jam 30 menit": a duration, not the clock.
        if (cued && _w[k].Lower == "jam" && (CountBefore(k)
            || (k + 2 < _w.Length && _w[k + 1].Kind == ScanKind.Digits && _w[k + 2].Lower == "menit"))) return null;
        if (cued) k++;
        cued |= rangeEnd;
        // "jam setengah 11 malam": half past ten (half an hour before eleven).
        var halfBefore = cued && !rangeEnd && k + 1 < _w.Length && _w[k].Lower == "setengah" && Int(k + 1, 1, 12) is not null;
        if (halfBefore) k++;
        if (k < _w.Length && k == i + 1 && !rangeEnd && !halfBefore && SpelledHour(k) is { } spelled) return spelled;
        if (k >= _w.Length || _w[k].Kind != ScanKind.Digits) return null;
        int h, min = 0;
        var s = _w[k].Lower;
        var dot = s.IndexOf('.');
        if (dot > 0)
        {
            if (!int.TryParse(s.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out h)
                || s.Length - dot - 1 != 2 || !int.TryParse(s.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out min)) return null;
            k++;
        }
        else if (Int(k, 0, 24) is { } hh)
        {
            h = hh;
            k++;
            if (k + 1 < _w.Length && Glued(k, ":") && Int(k + 1, 0, 59) is { } mm && !_w[k + 1].SpaceBefore) { min = mm; k += 2; }
            else if (rangeEnd) return null;
        }
        else return null;
        if (halfBefore)
        {
            if (min != 0 || k != i + 3) return null;
            (h, min) = (h == 1 ? 12 : h - 1, 30);
        }
        if (h > 24 || min > 59) return null;
        int? zone = null;
        if (k < _w.Length && !_w[k].LineBefore && _lex.Zones.TryGetValue(_text[_w[k].Start.._w[k].End].ToUpperInvariant(), out var z)) { zone = z; k++; }
        // "10:00–23:00 WIB": an uncued time opening a range whose end carries the zone.
        // "pukul 03.40 ... dan 06.10 - 23.10": an uncued range of clock times in a sentence that already gave one.
        var inClockSentence = dot > 0 && _sentences.Sentence(i) == _lastTimeSentence && IsClockRangeWord(k) && TryTime(k + 1, out _, rangeEnd: true) is not null;
        if (!cued && zone is null && !inClockSentence && !(k > i + 1 && IsClockRangeWord(k) && TryTime(k + 1, out _, rangeEnd: true) is { ZoneMinutes: not null })) return null;
        if (k < _w.Length && !_w[k].LineBefore && _lex.DayParts.TryMatch(_w, k, out _, out var dp))
        {
            h = InPartOfDay(h, k);
            k += dp;
            // "pukul 01.00 dini hari WIB": the zone may follow the part of the day.
            if (zone is null && k < _w.Length && !_w[k].LineBefore && _lex.Zones.TryGetValue(_text[_w[k].Start.._w[k].End].ToUpperInvariant(), out var z2)) { zone = z2; k++; }
        }
        end = k;
        var time = new DateExpression(DateKind.Time, _w[i].Start, _w[end - 1].End) { Hour = h, Minute = min, ZoneMinutes = zone, TrailWord = end };
        return zone is null ? WithZoneWords(time, end) : time;
    }

    // "pukul dua dini hari", "jam tujuh malam": an hour in words (one to twelve) after the clock word, which counts as
    // a time only when a part of the day follows (so "jam dua" in passing stays out). The span runs from the clock
    // word (word k - 1) through the part of the day.
    private DateExpression? SpelledHour(int k)
    {
        if (_w[k].Kind != ScanKind.Letters || NumberReader.Read(_text, _w, k, _numbers) is not { Spelled: true, Vague: false } q) return null;
        var h = q.Value;
        if (h != Math.Floor(h) || h is < 1 or > 12) return null;
        var j = q.EndWord;
        if (j >= _w.Length || _w[j].LineBefore || !_lex.DayParts.TryMatch(_w, j, out _, out var dp)) return null;
        var hour = (int)h;
        // "jam dua belas malam" is midnight: which day it closes is unclear, so it is left out.
        if (hour == 12 && _w[j].Lower is "malam" or "night") return null;
        hour = InPartOfDay(hour, j);
        var end = j + dp;
        int? zone = null;
        if (end < _w.Length && !_w[end].LineBefore && _lex.Zones.TryGetValue(_text[_w[end].Start.._w[end].End].ToUpperInvariant(), out var z)) { zone = z; end++; }
        var time = new DateExpression(DateKind.Time, _w[k - 1].Start, _w[end - 1].End) { Hour = hour, Minute = 0, ZoneMinutes = zone, TrailWord = end };
        return zone is null ? WithZoneWords(time, end) : time;
    }

    // The hour on a 24-hour clock of a 12-hour reading followed by the part of the day at word k ("8 malam" is 20).
    private int InPartOfDay(int hour, int k) => _w[k].Lower switch
    {
        "sore" or "malam" or "petang" or "evening" or "night" when hour < 12 => hour + 12,
        "siang" when hour < 6 => hour + 12,
        _ => hour,
    };

    // A count just before word i ("dua jam", "3 bulan ini"): the word is a unit counted, not a date.
    private bool CountBefore(int i) =>
        i > 0 && (_w[i - 1].Kind == ScanKind.Digits || _numbers.NumberWords.TryMatchEndingAt(_w, i, out _, out _));

    // "pukul 15.10 waktu setempat", "pukul 16.00 waktu Hong Kong": whose clock the time keeps. The words stay outside
    // the span (the time is "pukul 15.10"); TrailWord records them for pairing with an equivalent zoned time.
    private DateExpression WithZoneWords(DateExpression time, int k)
    {
        if (k >= _w.Length || _w[k].LineBefore || !_lex.ClockZoneWords.TryMatch(_w, k, out var role, out var c)) return time;
        if (role == ClockZoneRole.Local) return time with { LocalCue = true, TrailWord = k + c };
        if (role != ClockZoneRole.Place) return time;
        // "waktu di Monza": try the longer cue first, then the bare "waktu".
        for (var cue = c; cue >= 1; cue--)
            if (k + cue < _w.Length && _places.TryMatch(_text, _w, k + cue, out var place, out var pc))
                return time with { NamedZone = place, TrailWord = k + cue + pc };
        return time;
    }

    private DateExpression WithDirection(DateExpression e, int i)
    {
        var directed = Directed(e, i);
        // Only a dated day name serves as evidence of the writer's day (ReferenceDayFinder), so only it is marked.
        return directed is { Kind: DateKind.Day, Weekday: not null } && directed.Direction is not DateDirection.Future && AnnouncedAt(i)
            ? directed with { Upcoming = true } : directed;
    }

    // A future cue among the words from <paramref name="last"/> back to word i - <paramref name="window"/>, in word i's sentence.
    private bool FutureCueBefore(int i, int last, int window)
    {
        var sentence = _sentences.Sentence(i);
        for (var k = last; k >= 0 && k >= i - window && _sentences.Sentence(k) == sentence; k--)
            if (_lex.FutureCues.Contains(_w[k].Lower)) return true;
        return false;
    }

    // An event's day after "pada" with a future cue within the wide window before it in its sentence: "akan saling
    // bentrok di Stadion Sarang Burung, Beijing pada hari Sabtu (22/7)". A dateline after a comma ("KPK akan memeriksa
    // X, kata Febri, Selasa (6/9)") dates the report, whatever the quoted plan.
    private bool AnnouncedAt(int i)
    {
        var before = i - 1;
        if (before >= 0 && _w[before].Lower == "hari") before--;
        return before >= 0 && _w[before].Lower == "pada" && FutureCueBefore(i, before - 1, WeakFutureCueWindow);
    }

    private DateExpression Directed(DateExpression e, int i)
    {
        if (e.Direction != DateDirection.Default || e.Year is not null && e.Kind != DateKind.Time) return e;
        if (e.Kind is not (DateKind.Day or DateKind.DayRange or DateKind.Month or DateKind.Weekday or DateKind.Part)) return e;
        if (FutureCueBefore(i, i - 1, FutureCueWindow)) return e with { Direction = DateDirection.Future };
        // "dari sekarang sampai Jumat", "from now until Friday": a stretch that starts now ends ahead.
        if (i > 1 && _lex.UntilCues.TryMatchEndingAt(_w, i, out _, out var untilStart) && untilStart > 0 && _w[untilStart - 1].Lower is "sekarang" or "kini" or "now")
            return e with { Direction = DateDirection.Future };
        // "akan mengakhiri promosi sebagai anggota Secret pada 13 Oktober": a future cue further back in the sentence
        // may belong to another clause, so it only makes the date the one nearest publication, either side.
        if (e.Kind is DateKind.Day or DateKind.DayRange && e.Weekday is null && FutureCueBefore(i, i - FutureCueWindow - 1, WeakFutureCueWindow))
            return e with { Direction = DateDirection.Nearest };
        // "sampai akhir bulan September", "hingga Maret": the end of a stretch that may run past publication.
        var until = _lex.UntilCues.TryMatch(_w, i, out _, out _) || (i > 0 && _lex.UntilCues.TryMatchEndingAt(_w, i, out _, out _));
        if (until && e.Kind is DateKind.Day or DateKind.DayRange or DateKind.Month or DateKind.Part && e.Weekday is null)
            return e with { Direction = DateDirection.Nearest };
        return e;
    }

    private bool TryMonthAt(int k, out int month, out int count)
    {
        month = 0;
        count = 0;
        if (k >= _w.Length || _w[k].Kind != ScanKind.Letters || !_lex.Months.TryMatch(_w, k, out month, out count)) return false;
        var capital = _w[k].IsCapitalized(_text);
        var full = _lex.FullMonthNames.Contains(_w[k].Lower);
        // "May", "March" and abbreviations are months only when capitalised; Indonesian full names also in lower case.
        if (!capital && !(full && _lex.Language == "id")) return false;
        if (!full && _w[k].Lower.Length <= 3 && _lex.Language == "id" && _w[k].Lower is "mar" or "jun" or "jul" or "des" or "sep" or "apr" or "nov" && !capital) return false;
        if (k + count < _w.Length && _w[k + count].Lower == "." && !_w[k + count].SpaceBefore && !full) count++;
        return true;
    }

    private int? Int(int k, int min, int max)
    {
        if (k >= _w.Length || _w[k].Kind != ScanKind.Digits || _w[k].Length > 2) return null;
        var v = int.Parse(_w[k].Lower, CultureInfo.InvariantCulture);
        return v >= min && v <= max ? v : null;
    }

    // "-an" after a year ending in 0 ("2020-an", IndoSum's "2020 - an", "1990an"): the word just past it, or null.
    private int? DecadeEnd(int k)
    {
        if (k < _w.Length && _w[k].Lower == "an" && !_w[k].SpaceBefore) return k + 1;
        if (k + 1 < _w.Length && _w[k].Lower == "-" && _w[k + 1].Lower == "an" && !_w[k + 1].LineBefore) return k + 2;
        return null;
    }

    private int? YearWord(int k) => k < _w.Length && _w[k].Kind == ScanKind.Digits && _w[k].Length == 4 ? YearOf(_w[k].Lower) : null;

    private static int? YearOf(string s)
    {
        if (s.Length == 2 && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var yy)) return 2000 + yy;
        if (s.Length != 4 || !int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var y)) return null;
        return y is >= 1900 and <= 2099 ? y : null;
    }

    private bool Glued(int k, string symbol) => k < _w.Length && _w[k].Lower == symbol && !_w[k].SpaceBefore;

    private static bool ValidDay(int y, int m, int d) => m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m);
}
