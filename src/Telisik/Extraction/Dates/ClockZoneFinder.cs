using Telisik.Extraction.Scanning;

namespace Telisik.Extraction.Dates;

/// <summary>
/// Decides whose clock each clock time without a stated zone keeps, in this order: a place named after it ("pukul
/// 16.00 waktu Hong Kong") or, after "waktu setempat", in its sentence; the same instant given in a stated zone beside
/// it ("pukul 14.05 waktu setempat, atau 19.05 WIB" → +02:00); after "waktu setempat", the place its paragraph or the
/// article's lead is about; a sentence
/// that happens at a place abroad ("jatuh di Sydney sekitar pukul 15.10"); an article whose lead happens abroad
/// ("penembakan massal di California"), unless the time's paragraph names a place in Indonesia. Otherwise the time
/// stays WIB. The day is not shifted here: a local time keeps the calendar day the text gives it (the resolver carries
/// a day written beside a twin in another zone across midnight). Pure.
/// </summary>
internal sealed class ClockZoneFinder
{
    /// <summary>Most words between a locative and the place it introduces ("di asrama sekolah Putri Moi Nairobi").</summary>
    public const int LocativeReach = 5;

    /// <summary>Most words between two clock times that give one instant ("12.45 waktu setempat atau pukul 13.45 WIB").</summary>
    public const int LinkReach = 3;

    /// <summary>A lead is the first sentence of at least this many words (a photo caption line is not a lead).</summary>
    public const int LeadMinWords = 8;

    /// <summary>Place mentions read from one text; an article names far fewer (bounds hostile input).</summary>
    public const int MaxPlaces = 256;

    /// <summary>Clock times whose zone is decided in one text; later ones keep WIB (bounds hostile input).</summary>
    public const int MaxTimes = 1024;

    private readonly ScanWord[] _w;
    private readonly SentenceMap _sentences;
    private readonly DateLexicon _lex;
    private readonly List<Mention> _places = [];
    private readonly Dictionary<int, List<Mention>> _bySentence = [];
    private readonly Dictionary<int, List<Mention>> _byParagraph = [];
    private readonly int[] _paragraph;
    private readonly int _lead = -1;
    private PlaceZone? _articlePlace;
    private bool _articlePlaceKnown;

    private readonly record struct Mention(int Word, PlaceZone Place, bool Locative, int Sentence, int Paragraph);

    public ClockZoneFinder(string text, ScanWord[] words, SentenceMap sentences, DateLexicon lex, PlaceZones places)
    {
        _w = words;
        _sentences = sentences;
        _lex = lex;
        _paragraph = new int[words.Length];
        for (var i = 1; i < words.Length; i++) _paragraph[i] = _paragraph[i - 1] + (words[i].LineBefore ? 1 : 0);
        for (var s = 0; s < sentences.SentenceCount && _lead < 0; s++)
            if (sentences.SentenceEnd(s) - sentences.SentenceStart(s) >= LeadMinWords) _lead = s;
        for (var i = 0; i < words.Length && _places.Count < MaxPlaces; i++)
        {
            if (!places.TryMatch(text, words, i, out var place, out var c)) continue;
            var mention = new Mention(i, place, AfterLocative(i), sentences.Sentence(i), _paragraph[i]);
            _places.Add(mention);
            Add(_bySentence, mention.Sentence, mention);
            Add(_byParagraph, mention.Paragraph, mention);
            i += c - 1;
        }
    }

    private static void Add(Dictionary<int, List<Mention>> index, int key, Mention m)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(m);
    }

    private List<Mention> InSentence(int sentence) => _bySentence.TryGetValue(sentence, out var l) ? l : [];

    private List<Mention> InParagraph(int paragraph) => _byParagraph.TryGetValue(paragraph, out var l) ? l : [];

    /// <summary>The expressions with the zone of every clock time that states none decided.</summary>
    public List<DateExpression> Assign(List<DateExpression> expressions)
    {
        var result = new List<DateExpression>(expressions);
        var decided = 0;
        for (var k = 0; k < result.Count && decided < MaxTimes; k++)
        {
            var e = result[k];
            if (e.Kind != DateKind.Time || e.ZoneMinutes is not null) continue;
            decided++;
            // A place named after the time, or in its sentence, is a fact, while a conversion written beside the time
            // may carry a slip (an hour off), so such a place wins. A place found further away (the paragraph, the
            // lead) is weaker than the text's own conversion.
            var near = e.NamedZone ?? (e.LocalCue ? SentencePlace(e) : null);
            result[k] = near?.ZoneId is not null ? WithPlace(e, near)
                : Linked(expressions, k) is { } minutes ? e with { ZoneMinutes = minutes }
                : e.NamedZone is not null || e.LocalCue ? WithPlace(e, near ?? ArticlePlace(e))
                : AbroadPlace(e) is { } abroad ? WithPlace(e, abroad)
                : e;
        }
        return result;
    }

    private static DateExpression WithPlace(DateExpression e, PlaceZone? place) =>
        place?.ZoneId is { } id ? e with { ZoneId = id } : e with { ZoneUnknown = true };

    // "pukul 14.05 waktu setempat, atau 19.05 WIB", "18.00 KST (16.00 WIB)" reversed: "15.00 WIB atau pukul 16.00
    // waktu Hong Kong". The offset is the stated zone's plus the difference of the two clock readings.
    private int? Linked(List<DateExpression> expressions, int k)
    {
        var e = expressions[k];
        // "09.55 - 10.40 (14.55 - 15.40 WIB)": a range beside the same range in a stated zone pairs start with start
        // and end with end.
        var start = IsRange(expressions, k) ? k : IsRange(expressions, k - 1) ? k - 1 : -1;
        if (start >= 0 && IsRange(expressions, start + 2) && expressions[k + 2] is { ZoneMinutes: { } rangeZone } twin)
        {
            var (from, to) = (expressions[start + 1].TrailWord, expressions[start + 2].FirstWord);
            return to - from <= LinkReach && OnlyLinks(from, to) ? Offset(e, twin, rangeZone) : null;
        }
        foreach (var j in new[] { k + 1, k - 1 })
        {
            if (j < 0 || j >= expressions.Count) continue;
            var other = expressions[j];
            if (other.Kind != DateKind.Time || other.ZoneMinutes is not { } zone) continue;
            var (from, to) = j > k ? (e.TrailWord, other.FirstWord) : (other.TrailWord, e.FirstWord);
            if (to - from > LinkReach || !OnlyLinks(from, to)) continue;
            if (Offset(e, other, zone) is { } minutes) return minutes;
        }
        return null;
    }

    // The offset of e's clock when it reads the instant other reads in zone (minutes), if it is a real one.
    private static int? Offset(DateExpression e, DateExpression other, int zone)
    {
        var minutes = zone + (e.Hour!.Value * 60 + e.Minute!.Value) - (other.Hour!.Value * 60 + other.Minute!.Value);
        if (minutes <= -12 * 60) minutes += 24 * 60;
        if (minutes > 14 * 60) minutes -= 24 * 60;
        return minutes % 15 == 0 && minutes is > -12 * 60 and <= 14 * 60 ? minutes : null;
    }

    // Two clock times joined by one range word: "09.55 - 10.40", "pukul 14.00 hingga 15.30".
    private bool IsRange(List<DateExpression> x, int a) =>
        a >= 0 && a + 1 < x.Count && x[a].Kind == DateKind.Time && x[a + 1].Kind == DateKind.Time
        && x[a + 1].FirstWord == x[a].TrailWord + 1 && _w[x[a].TrailWord].Lower is "-" or "–" or "—" or "hingga" or "sampai";

    private bool OnlyLinks(int from, int to)
    {
        for (var i = from; i < to;)
        {
            if (_w[i].LineBefore || !_lex.ClockZoneWords.TryMatch(_w, i, out var role, out var c) || role != ClockZoneRole.Link) return false;
            i += c;
        }
        return true;
    }

    // "waktu setempat": the place its sentence names, nearest before the time, else after it.
    private PlaceZone? SentencePlace(DateExpression e) => Nearest(InSentence(_sentences.Sentence(e.FirstWord)), e.FirstWord);

    // Else the place its paragraph names; else the article's: the first place where the lead says something happens,
    // or the first place abroad it names (the dateline's "KUALA LUMPUR" rather than the newsroom's "Jakarta, CNN
    // Indonesia"). A scope that names only countries spanning several zones leaves the offset unknown.
    private PlaceZone? ArticlePlace(DateExpression e)
    {
        if (Nearest(InParagraph(_paragraph[e.FirstWord]), e.FirstWord) is { } near) return near;
        if (_articlePlaceKnown) return _articlePlace;
        _articlePlaceKnown = true;
        foreach (var scope in new[] { InSentence(_lead), _places })
        {
            var ordered = scope.OrderBy(m => m.Locative ? 0 : m.Place.Domestic ? 2 : 1).ThenBy(m => m.Word).ToList();
            if (ordered.Count > 0) return _articlePlace = Specific(ordered, ordered[0].Place);
        }
        return null;
    }

    private static PlaceZone? Nearest(List<Mention> scope, int word)
    {
        var near = scope.OrderBy(m => m.Word > word ? 1 : 0).ThenBy(m => Math.Abs(m.Word - word)).ToList();
        return near.Count == 0 ? null : near.FirstOrDefault(m => m.Place.ZoneId is not null).Place ?? near[0].Place;
    }

    // A time without any zone words is local abroad when its sentence happens at a place abroad ("jatuh di Sydney
    // sekitar pukul 15.10"), or when the article's lead does and the time's paragraph names no Indonesian place.
    private PlaceZone? AbroadPlace(DateExpression e)
    {
        var own = InSentence(_sentences.Sentence(e.FirstWord));
        if (own.Any(m => m.Place.Domestic)) return null;
        if (own.FirstOrDefault(m => m.Locative) is { Place: { } place }) return Specific(own, place);
        if (_lead < 0 || InParagraph(_paragraph[e.FirstWord]).Any(m => m.Place.Domestic)) return null;
        var lead = InSentence(_lead);
        return lead.FirstOrDefault(m => m.Locative) is { Place: { Domestic: false } first } ? Specific(lead, first) : null;
    }

    // "di California, Amerika Serikat": a country spanning several zones yields to a place in it with one zone.
    private static PlaceZone Specific(List<Mention> scope, PlaceZone place) =>
        place.ZoneId is null && scope.FirstOrDefault(m => m.Place.ZoneId is not null && !m.Place.Domestic) is { Place: { } specific } ? specific : place;

    private bool AfterLocative(int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - LocativeReach && !_w[k + 1].LineBefore; k--)
        {
            if (_w[k].Kind == ScanKind.Symbol && _w[k].Lower is "." or "," or ";" or "\"" or "“" or "”") return false;
            if (_lex.ClockZoneWords.TryMatch(_w, k, out var role, out var c) && role == ClockZoneRole.Locative && k + c <= i) return true;
        }
        return false;
    }
}
