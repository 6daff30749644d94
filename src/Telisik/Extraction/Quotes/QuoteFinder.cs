using Telisik.Extraction.Entities;

namespace Telisik.Extraction.Quotes;

/// <summary>
/// Finds direct quotations (in quote marks of any style, across sentences and paragraphs, split by their
/// attribution) and indirect speech (<c>X mengatakan bahwa …</c>, <c>menurut X, …</c>, <c>…, kata X.</c>,
/// <c>X said …</c>), and gives each its speaker: the full name introduced earlier, the role written with it,
/// pronouns resolved to the last person named, unnamed speakers by their role. Pure and thread-safe.
/// </summary>
public sealed partial class QuoteFinder
{
    /// <summary>Texts longer than this are read up to this length (hostile or broken inputs).</summary>
    public const int MaxTextLength = 2_000_000;
    /// <summary>Direct quotes with no attribution need at least this many words to count as speech.</summary>
    public const int MinUnattributedWords = 4;
    /// <summary>An unattributed quote inherits the last speaker from at most this many paragraphs back.</summary>
    public const int InheritParagraphs = 3;
    /// <summary>The attribution before a quote is looked for in at most this many tokens.</summary>
    public const int MaxPrefixTokens = 60;
    /// <summary>Indirect speech needs at least this many words of content.</summary>
    public const int MinIndirectWords = 3;

    private readonly QuoteLexicon _lexicon;
    private readonly SpeakerPhraseParser _parser;

    /// <summary>A finder over the given language data.</summary>
    public QuoteFinder(QuoteLexicon lexicon)
    {
        _lexicon = lexicon;
        _parser = new SpeakerPhraseParser(lexicon);
    }

    /// <summary>A finder over the Indonesian and English packs.</summary>
    public QuoteFinder() : this(QuoteLexicon.Default) { }

    /// <summary>Finds the quotations in <paramref name="text"/>; Person entities, when given, help resolve names.</summary>
    public QuoteFindings Find(string text, IReadOnlyList<Entity>? entities = null)
    {
        if (text.Length > MaxTextLength) text = text[..MaxTextLength];
        var tokens = QuoteTokenizer.Tokenize(text);
        var doc = new Context(text, tokens, QuoteSentences.Split(text, tokens), ParagraphStarts(text));
        var memory = SpeakerMemory.Build(text, tokens, _parser, _lexicon, entities);
        var rejected = new List<RejectedQuote>();
        var candidates = FindDirect(doc, rejected);
        candidates.AddRange(FindIndirect(doc, candidates));
        candidates.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new QuoteFindings(Resolve(doc, candidates, memory), rejected);
    }

    /// <summary>The text, its tokens, sentences (token ranges) and paragraph starts.</summary>
    private sealed record Context(string Text, List<QuoteToken> Tokens, List<(int First, int End)> Sentences, List<int> ParagraphStarts)
    {
        public int ParagraphOf(int position)
        {
            var i = ParagraphStarts.BinarySearch(position);
            return i >= 0 ? i : ~i - 1;
        }

        public int ParagraphEnd(int position)
        {
            var end = Text.IndexOf('\n', position);
            return end < 0 ? Text.Length : end;
        }

        public int TokenAt(int position) => QuoteTokenizer.FirstAtOrAfter(Tokens, position);
    }

    private static List<int> ParagraphStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1)) starts.Add(i + 1);
        return starts;
    }

    private int WordCount(Context doc, int start, int end)
    {
        var n = 0;
        for (var k = doc.TokenAt(start); k < doc.Tokens.Count && doc.Tokens[k].Start < end; k++)
            if (doc.Tokens[k].IsWord) n++;
        return n;
    }

    /// <summary>A cue word (<c>kata</c>) or its -nya form (<c>katanya</c>, which also names the speaker: the last one).</summary>
    private bool TryCue(Context doc, int k, out CueKind kind, out bool withNya)
    {
        withNya = false;
        kind = default;
        if (k >= doc.Tokens.Count || !doc.Tokens[k].IsWord) return false;
        var w = doc.Tokens[k].Of(doc.Text);
        if (_lexicon.TryGetCue(w, out kind)) return true;
        if (w.Length > 4 && w.EndsWith("nya", StringComparison.OrdinalIgnoreCase)
            && _lexicon.TryGetCue(w[..^3], out kind) && kind is CueKind.Post or CueKind.Verb)
            return withNya = true;
        return false;
    }

    /// <summary>A multi-word prepositional cue (<c>according to</c>) at token k: its length in tokens, else 0.</summary>
    private int MultiWordCueLength(Context doc, int k)
    {
        foreach (var words in _lexicon.MultiWordCues)
        {
            if (k + words.Length > doc.Tokens.Count) continue;
            var ok = true;
            for (var j = 0; j < words.Length && ok; j++)
                ok = doc.Tokens[k + j].IsWord && doc.Tokens[k + j].Of(doc.Text).Equals(words[j], StringComparison.OrdinalIgnoreCase);
            if (ok) return words.Length;
        }
        return 0;
    }

    private static SpeakerPhrase Pronoun(QuoteToken cue) => new(null, -1, null, true, cue.Start, 0);
}
