using Telisik.Extraction.Quotes;
using Telisik.Extraction.Scanning;

namespace Telisik.Extraction.Figures;

/// <summary>
/// Attributes figures to sources. In order: the speaker of a quote from the quote stage that holds the figure;
/// for a figure inside quote marks, the attribution outside them ("“... 3.000 tentara ...,” kata John Kirby");
/// else the sentence's own cue: "kata X", "menurut X,", "X mengatakan bahwa ...". Pronouns (ia, dia, mereka,
/// "tuturnya") point back to the last named source. Pure.
/// </summary>
internal sealed class FigureSourceFinder
{
    /// <summary>Most words in a source phrase; a longer stretch before a cue is not a name.</summary>
    public const int MaxSourceWords = 8;

    private readonly string _text;
    private readonly ScanWord[] _words;
    private readonly SentenceMap _sentences;
    private readonly FigureLexicon _lex;
    private readonly int[] _quoteDepth;   // 1 inside quote marks, else 0
    private readonly int[] _quoteClose;   // for words inside quote marks: the word index of the closing mark
    private readonly SentenceAttribution[] _bySentence;

    /// <summary>Prepares attributions for every sentence of the text.</summary>
    public FigureSourceFinder(string text, ScanWord[] words, SentenceMap sentences, FigureLexicon lex)
    {
        _text = text;
        _words = words;
        _sentences = sentences;
        _lex = lex;
        (_quoteDepth, _quoteClose) = MarkQuotes(words);
        _bySentence = new SentenceAttribution[sentences.SentenceCount];
        string? last = null;
        for (var s = 0; s < sentences.SentenceCount; s++)
        {
            var a = Attribute(s, ref last);
            _bySentence[s] = a;
        }
    }

    /// <summary>The source of a figure spanning words [<paramref name="first"/>, <paramref name="end"/>).</summary>
    public string? SourceOf(int first, int end, IReadOnlyList<Quote> quotes)
    {
        var start = _words[first].Start;
        foreach (var q in quotes)
            if (q.Start <= start && start < q.End && !string.IsNullOrWhiteSpace(q.Speaker)) return q.Speaker;
        if (_quoteDepth[first] > 0)
        {
            var close = _quoteClose[first];
            var s = close < _words.Length ? _sentences.Sentence(Math.Min(close + 1, _words.Length - 1)) : _sentences.Sentence(first);
            var a = _bySentence[s];
            if (a.Source is not null) return a.Source;
            // A quote closing a sentence whose attribution came before the opening mark: "X mengatakan, “...”".
            var own = _bySentence[_sentences.Sentence(first)];
            return own.Source;
        }
        var sentence = _bySentence[_sentences.Sentence(first)];
        return sentence.Source is not null && first >= sentence.CoversFromWord ? sentence.Source : null;
    }

    private SentenceAttribution Attribute(int s, ref string? last)
    {
        var from = _sentences.SentenceStart(s);
        var to = _sentences.SentenceEnd(s);
        for (var k = from; k < to; k++)
        {
            if (_quoteDepth[k] > 0 || _words[k].Kind != ScanKind.Letters) continue;
            var lower = _words[k].Lower;
            // "tuturnya", "katanya", "ujarnya": the cue with a pronoun suffix.
            if (lower.EndsWith("nya", StringComparison.Ordinal) && lower.Length > 5 && _lex.AttributionCues.TryMatch([_words[k] with { Lower = lower[..^3] }], 0, out var sp, out _)
                && sp == AttributionCuePosition.After && AfterQuoteOrComma(k, from))
                return new SentenceAttribution(last, from);
            if (!_lex.AttributionCues.TryMatch(_words, k, out var pos, out var count)) continue;
            string? source = null;
            var covers = from;
            switch (pos)
            {
                case AttributionCuePosition.After when AfterQuoteOrComma(k, from):
                    source = NameAfter(k + count, to);
                    break;
                case AttributionCuePosition.After when _lex.Language == "en":
                    // English "said" works both ways: "The ministry said on Tuesday that ...".
                    source = PhraseBefore(k, from);
                    covers = k + count;
                    break;
                case AttributionCuePosition.According:
                    source = NameAfter(k + count, to);
                    break;
                case AttributionCuePosition.Before:
                    source = PhraseBefore(k, from);
                    covers = k + count;
                    break;
            }
            if (source is null) continue;
            if (_lex.Pronouns.Contains(source.ToLowerInvariant())) source = last;
            else last = source;
            if (source is not null) return new SentenceAttribution(source, covers);
        }
        return new SentenceAttribution(null, to);
    }

    // "kata" as a cue follows a quote or a comma ("...,” kata X", "..., kata X"); elsewhere it means "word".
    private bool AfterQuoteOrComma(int k, int from) =>
        k == from || _words[k - 1].Lower is "," or "”" or "\"" or "“";

    private string? NameAfter(int k, int to)
    {
        if (k >= to) return null;
        if (_lex.Pronouns.Contains(_words[k].Lower)) return _words[k].Lower;
        var (s, e) = Segment(k, to);
        if (e == s) return null;
        var best = (s, e);
        // "kata Juru Bicara Dewan Keamanan Nasional AS, John Kirby": the name after a capitalised role wins.
        if (_words[s].IsCapitalized(_text) && e + 1 < to && _words[e].Lower == "," && _words[e + 1].IsCapitalized(_text)
            && !_lex.CalendarWords.Contains(_words[e + 1].Lower))
        {
            var (s2, e2) = Segment(e + 1, to);
            // A role is at least two words ("Juru Bicara ..."); a one-word name followed by a comma stays.
            if (e2 > s2 && e2 - s2 <= 4 && e - s >= 2) best = (s2, e2);
        }
        return _text[_words[best.s].Start.._words[best.e - 1].End];
    }

    // A name: capitalised words (with "bin", "van", "de", "al" inside); or a lower-case description up to a stop word.
    private (int Start, int End) Segment(int k, int to)
    {
        var start = k;
        if (_words[k].IsCapitalized(_text))
        {
            while (k < to && _quoteDepth[k] == 0 && !_lex.CalendarWords.Contains(_words[k].Lower)
                   && (_words[k].IsCapitalized(_text) || (k > start && _words[k].Lower is "bin" or "binti" or "van" or "de" or "al" or "of")))
                k++;
            return (start, k);
        }
        if (_words[k].Lower is "the") k++;
        while (k < to && k - start < 5 && _words[k].Kind == ScanKind.Letters && !_lex.Stopwords.Contains(_words[k].Lower)
               && !_lex.CalendarWords.Contains(_words[k].Lower) && _quoteDepth[k] == 0)
            k++;
        // A lower-case description may end in a capitalised name: "juru bicara kementerian Koo".
        while (k < to && k > start && _words[k].IsCapitalized(_text) && k - start < MaxSourceWords && !_lex.CalendarWords.Contains(_words[k].Lower)) k++;
        return (start, k);
    }

    private string? PhraseBefore(int cue, int from)
    {
        var k = cue - 1;
        // "badan mata-mata Korea Selatan, Badan Intelijen Nasional, mengatakan": skip the appositive's closing comma.
        if (k > from && _words[k].Lower == ",") k--;
        var clause = _sentences.Clause(k >= from ? k : cue);
        var last = k;
        while (k >= from && _sentences.Clause(k) == clause && _words[k].Kind == ScanKind.Letters && _quoteDepth[k] == 0) k--;
        var s = k + 1;
        var e = last + 1;
        while (e > s && _lex.SourceTrim.Contains(_words[e - 1].Lower)) e--;
        while (s < e && (_lex.SourceTrim.Contains(_words[s].Lower) || _lex.CalendarWords.Contains(_words[s].Lower)
                         || _words[s].Lower is "pada" or "hari" or "on")) s++;
        if (e <= s || e - s > MaxSourceWords) return null;
        return _text[_words[s].Start.._words[e - 1].End];
    }

    // Quote marks: curly pairs and straight quotes toggling; a paragraph break closes any open quote.
    private static (int[] Depth, int[] Close) MarkQuotes(ScanWord[] words)
    {
        var depth = new int[words.Length];
        var close = new int[words.Length];
        var open = -1;
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i].Lower;
            if (words[i].LineBefore && open >= 0) { Fill(close, open, i, i); open = -1; }
            if (open < 0 && (w == "“" || w == "\""))
            {
                open = i;
                continue;
            }
            if (open >= 0 && (w == "”" || w == "\""))
            {
                Fill(close, open, i, i);
                open = -1;
                continue;
            }
            if (open >= 0) depth[i] = 1;
        }
        if (open >= 0) Fill(close, open, words.Length, words.Length);
        return (depth, close);
    }

    private static void Fill(int[] close, int from, int to, int value)
    {
        for (var k = from; k < to; k++) close[k] = value;
    }
}
