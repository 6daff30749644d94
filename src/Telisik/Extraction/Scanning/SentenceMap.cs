namespace Telisik.Extraction.Scanning;

/// <summary>
/// Which sentence and which clause each scanned word is in. A sentence ends at a line break or at '.', '!', '?'
/// (and any closing quote) followed by a word that starts upper case, a digit or an opening quote; a clause also
/// ends at ',', ';', ':' and quote marks. Enough for attributing figures; the sentence stage is not relied on.
/// </summary>
internal sealed class SentenceMap
{
    private readonly int[] _sentence;
    private readonly int[] _clause;
    private readonly int[] _sentenceStartWord;

    /// <summary>Maps every word of <paramref name="words"/>.</summary>
    public SentenceMap(string text, ScanWord[] words)
    {
        _sentence = new int[words.Length];
        _clause = new int[words.Length];
        var starts = new List<int> { 0 };
        int s = 0, c = 0;
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0 && (words[i].LineBefore || EndsSentence(text, words, i)))
            {
                s++; c++;
                starts.Add(i);
            }
            else if (i > 0 && IsClauseBreak(words[i - 1].Lower)) c++;
            _sentence[i] = s;
            _clause[i] = c;
        }
        _sentenceStartWord = starts.ToArray();
    }

    /// <summary>The sentence number of word <paramref name="i"/>.</summary>
    public int Sentence(int i) => _sentence[i];

    /// <summary>The clause number of word <paramref name="i"/> (clauses are numbered across the text).</summary>
    public int Clause(int i) => _clause[i];

    /// <summary>First word of sentence <paramref name="s"/>.</summary>
    public int SentenceStart(int s) => _sentenceStartWord[s];

    /// <summary>Exclusive end word of sentence <paramref name="s"/>.</summary>
    public int SentenceEnd(int s) => s + 1 < _sentenceStartWord.Length ? _sentenceStartWord[s + 1] : _sentence.Length;

    /// <summary>Number of sentences.</summary>
    public int SentenceCount => _sentenceStartWord.Length;

    private static bool IsClauseBreak(string w) => w is "," or ";" or ":" or "“" or "”" or "\"" or "(" or ")" or "–" or "—";

    private static bool EndsSentence(string text, ScanWord[] words, int i)
    {
        var w = words[i];
        if (!w.SpaceBefore) return false;
        var startsLikeSentence = w.Kind == ScanKind.Digits || (w.Kind == ScanKind.Letters && char.IsUpper(text[w.Start])) || w.Lower is "“" or "\"";
        if (!startsLikeSentence) return false;
        var k = i - 1;
        while (k >= 0 && words[k].Lower is "”" or "\"" or "'" or ")") k--;
        if (k < 0 || words[k].Lower is not ("." or "!" or "?")) return false;
        // "Dr. Budi", "No. 5": a one- or two-letter capitalised word before the dot is an abbreviation.
        if (words[k].Lower == "." && k > 0 && words[k - 1].Kind == ScanKind.Letters && words[k - 1].Length <= 2 && char.IsUpper(text[words[k - 1].Start]))
            return false;
        return true;
    }
}
