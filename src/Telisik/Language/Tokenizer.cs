namespace Telisik.Language;

/// <summary>
/// Splits text into tokens with offsets. Baseline implementation: runs of letters/digits (with inner '.', ',', '-',
/// '/' between digits or letters) and single punctuation characters. Thread-safe.
/// </summary>
public sealed class Tokenizer
{
    /// <summary>Tokenizes <paramref name="text"/> into <paramref name="output"/> (appended).</summary>
    public void Tokenize(ReadOnlySpan<char> text, List<Token> output)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                var digits = char.IsDigit(c);
                i++;
                while (i < text.Length)
                {
                    if (char.IsLetterOrDigit(text[i])) { i++; continue; }
                    if (i + 1 < text.Length && (text[i] is '.' or ',' or '/' ) && digits && char.IsDigit(text[i + 1])) { i++; continue; }
                    if (i + 1 < text.Length && text[i] == '-' && char.IsLetterOrDigit(text[i + 1])) { i++; continue; }
                    break;
                }
                output.Add(new Token(start, i - start, digits ? TokenKind.Number : TokenKind.Word));
                continue;
            }
            output.Add(new Token(i, 1, char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol));
            i++;
        }
    }

    /// <summary>Tokenizes <paramref name="text"/>.</summary>
    public Token[] Tokenize(ReadOnlySpan<char> text)
    {
        var list = new List<Token>(text.Length / 5 + 4);
        Tokenize(text, list);
        return list.ToArray();
    }
}
