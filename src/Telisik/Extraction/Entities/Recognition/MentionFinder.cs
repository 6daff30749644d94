using Telisik.Extraction.Entities.Lexicons;
using Telisik.Extraction.Entities.Tagging;
using Telisik.Language;

namespace Telisik.Extraction.Entities.Recognition;

/// <summary>
/// Finds entity mentions in one article: the tagger labels each sentence, then the gazetteer confirms types of
/// listed names, adds listed names the tagger missed, and replaces a tagged place inside a longer listed name
/// (<c>badan intelijen Korea Selatan</c> is the agency, not Korea Selatan). Thread-safe.
/// </summary>
internal sealed class MentionFinder(NerTagger tagger)
{
    /// <summary>Longest run of tokens tagged at once; a longer "sentence" (a list, hostile input) is cut into windows.</summary>
    public const int MaxWindowTokens = 256;

    public EntityLexicon Lexicon => tagger.Features.Lexicon;

    public List<MentionCandidate> Find(string text, Token[] tokens, Sentence[] sentences, bool cased)
    {
        var domain = cased ? NerDomain.News : NerDomain.Lowercase;
        var mentions = new List<MentionCandidate>();
        var labels = new NerLabel[MaxWindowTokens];
        foreach (var (first, count) in Windows(tokens.Length, sentences))
        {
            var window = tokens.AsSpan(first, count);
            tagger.Tag(text, window, cased, domain, labels);
            var tagged = Chunk(tokens, first, labels, count);
            tagged = Clean(text, tokens, tagged, cased);
            AddGazetteerHits(text, tokens, first, first + count, cased, tagged);
            mentions.AddRange(tagged);
        }
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return mentions;
    }

    private static IEnumerable<(int First, int Count)> Windows(int tokenCount, Sentence[] sentences)
    {
        IEnumerable<(int, int)> spans = sentences.Length > 0
            ? sentences.Select(s => (s.FirstToken, s.TokenCount))
            : [(0, tokenCount)];
        foreach (var (first, count) in spans)
            for (var k = 0; k < count; k += MaxWindowTokens)
                yield return (first + k, Math.Min(MaxWindowTokens, count - k));
    }

    private static List<MentionCandidate> Chunk(Token[] tokens, int offset, NerLabel[] labels, int count)
    {
        var result = new List<MentionCandidate>();
        var start = -1;
        for (var i = 0; i <= count; i++)
        {
            var label = i < count ? labels[i] : NerLabel.O;
            if (start >= 0 && NerLabels.IsInside(label)) continue;
            if (start >= 0) Add(start, i);
            start = label == NerLabel.O ? -1 : i;
        }
        return result;

        void Add(int from, int to)
        {
            // A name starts and ends with a word or number, never with punctuation the tagger swept in.
            while (from < to && tokens[offset + from].Kind is not (TokenKind.Word or TokenKind.Number)) from++;
            while (to > from && tokens[offset + to - 1].Kind is not (TokenKind.Word or TokenKind.Number)) to--;
            if (from >= to) return;
            var type = NerLabels.TypeOf(labels[from] == NerLabel.O ? labels[start] : labels[from]);
            result.Add(new MentionCandidate(offset + from, offset + to, tokens[offset + from].Start, tokens[offset + to - 1].End, type));
        }
    }

    // The tagger, trained on Indonesian, sweeps neighbours into English names ("Kirby said", "on Tuesday") and
    // splits names it half knows ("John" "Kirby"): in cased text a name neither starts nor ends with a lower-case
    // word, a listed stopword never opens one or stands alone, touching names of one type are one name, and a
    // head word fixes the type ("Lembaga ..." is an organisation).
    private List<MentionCandidate> Clean(string text, Token[] tokens, List<MentionCandidate> tagged, bool cased)
    {
        var cleaned = new List<MentionCandidate>(tagged.Count);
        foreach (var m in tagged)
        {
            int from = m.FirstToken, to = m.EndToken;
            while (from < to && (Lexicon.IsStopword(tokens[from].Of(text)) || (cased && IsLowerWord(text, tokens[from])))) from++;
            while (to > from && cased && IsLowerWord(text, tokens[to - 1])) to--;
            if (from >= to) continue;
            var head = Lexicon.HeadType(tokens[from].Of(text));
            if (head is not null && to - from == 1) continue; // "Pemerintah" alone names no one
            var type = head ?? (IsSpeaker(text, tokens, from, to, cased) ? EntityType.Person : m.Type);
            // A person's name holds no title: "Defense Secretary Lloyd Austin" is Lloyd Austin, "Secretary General" no one.
            while (type == EntityType.Person && from < to && tokens[from].Kind == TokenKind.Word
                   && Lexicon.Titles.TryMatch(text, tokens, from, to, cased, out var titleLength, out _))
                from += titleLength;
            if (from >= to) continue;
            var previous = cleaned.Count > 0 ? cleaned[^1] : null;
            if (cased && previous is not null && previous.EndToken == from && previous.Type == type)
            {
                cleaned[^1] = new MentionCandidate(previous.FirstToken, to, previous.Start, tokens[to - 1].End, type);
                continue;
            }
            cleaned.Add(new MentionCandidate(from, to, tokens[from].Start, tokens[to - 1].End, type));
        }
        return cleaned;
    }

    // '"...," ungkap Hong Min, peneliti senior': a short Title-Case name between a speech cue and a comma is a
    // speaker, whatever the tagger thought (it is not listed: listed names keep their listed type later).
    private bool IsSpeaker(string text, Token[] tokens, int from, int to, bool cased)
    {
        if (!cased || to - from is < 2 or > 3 || from == 0 || !Lexicon.IsSpeechCue(tokens[from - 1].Of(text))) return false;
        if (to < tokens.Length && !(tokens[to].Length == 1 && text[tokens[to].Start] is ',' or '.')) return false;
        for (var t = from; t < to; t++)
            if (NerFeatureExtractor.Classify(tokens[t].Of(text)) != TokenClass.Title) return false;
        return true;
    }

    private static bool IsLowerWord(string text, Token token) => token.Kind == TokenKind.Word && char.IsLower(text[token.Start]);

    private void AddGazetteerHits(string text, Token[] tokens, int first, int end, bool cased, List<MentionCandidate> tagged)
    {
        for (var i = first; i < end;)
        {
            if (tokens[i].Kind != TokenKind.Word
                || !Lexicon.Gazetteer.TryMatch(text, tokens, i, end, cased, out var length, out var entry))
            {
                i++;
                continue;
            }
            var matchEnd = i + length;
            var overlapping = tagged.Where(m => m.Overlaps(i, matchEnd)).ToList();
            if (overlapping.Count == 1 && overlapping[0].FirstToken == i && overlapping[0].EndToken > matchEnd
                && overlapping[0].Type == EntityType.Person && entry.Type != EntityType.Person)
            {
                // "Presiden Ukraina Volodymyr Zelensky" tagged as one person from "Ukraina": the listed place is its own.
                var person = overlapping[0];
                tagged.Remove(person);
                tagged.Add(new MentionCandidate(i, matchEnd, tokens[i].Start, tokens[matchEnd - 1].End, entry.Type) { Listed = entry });
                tagged.Add(new MentionCandidate(matchEnd, person.EndToken, tokens[matchEnd].Start, person.End, EntityType.Person));
            }
            else if (overlapping.Count == 1 && overlapping[0].FirstToken == i && overlapping[0].EndToken == matchEnd)
            {
                overlapping[0].Listed = entry;
                overlapping[0].Type = entry.Type;
            }
            else if (overlapping.Count == 0 || (length > 1 && overlapping.All(m => m.FirstToken >= i && m.EndToken <= matchEnd)))
            {
                tagged.RemoveAll(overlapping.Contains);
                tagged.Add(new MentionCandidate(i, matchEnd, tokens[i].Start, tokens[matchEnd - 1].End, entry.Type) { Listed = entry });
            }
            i = matchEnd;
        }
    }
}
