namespace Telisik.Language;

/// <summary>
/// Groups tokens into sentences. Baseline implementation: a sentence ends at '.', '!', '?' (and a closing quote
/// right after) or at a line break. Thread-safe.
/// </summary>
public sealed class SentenceSplitter
{
    /// <summary>Splits <paramref name="text"/>, already tokenized as <paramref name="tokens"/>, into sentences.</summary>
    public Sentence[] Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        var result = new List<Sentence>();
        var first = 0;
        for (var t = 0; t < tokens.Length; t++)
        {
            var tok = tokens[t];
            var end = tok.Length == 1 && text[tok.Start] is '.' or '!' or '?';
            if (end)
                while (t + 1 < tokens.Length && tokens[t + 1].Length == 1 && text[tokens[t + 1].Start] is '"' or '”' or '’' or '\'')
                    t++;
            var lineBreak = t + 1 < tokens.Length && text[tokens[t].End..tokens[t + 1].Start].Contains('\n');
            if (end || lineBreak || t == tokens.Length - 1)
            {
                result.Add(new Sentence(tokens[first].Start, tokens[t].End, first, t - first + 1));
                first = t + 1;
            }
        }
        return result.ToArray();
    }
}
