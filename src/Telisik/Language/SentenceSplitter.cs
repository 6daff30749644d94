namespace Telisik.Language;

/// <summary>
/// Groups tokens into sentences. A line break always ends a sentence (the cleaner puts one paragraph on a line).
/// Otherwise a sentence ends at '.', '!', '?', '…' or "...", together with the quotes and brackets glued to it,
/// when white space follows and the next token does not start with a lower-case letter — so
/// <c>“... hati-hati.” ujar Koo.</c> stays one sentence. A period does not end a sentence after an abbreviation
/// from the language packs (Dr., Jl., No., Mr.), after a single capital (an initial), or after the number or letter
/// that opens a list item ("1.", "a."). An initialism such as "U.S." ends one only before a capitalised function
/// word ("... in the U.S. The ..."). Numbers never split: 12.000 and 3.5 are single tokens. Thread-safe.
/// </summary>
public sealed class SentenceSplitter
{
    private readonly WordList[] _abbreviations;
    private readonly WordList[] _functionWords;

    /// <summary>A splitter with the Indonesian and English language packs.</summary>
    public SentenceSplitter()
        : this([LanguagePack.Indonesian.Abbreviations, LanguagePack.English.Abbreviations],
               [LanguagePack.Indonesian.StopWords, LanguagePack.English.StopWords]) { }

    /// <summary>A splitter with the given non-terminal abbreviations and function words (which may start a sentence).</summary>
    public SentenceSplitter(IReadOnlyList<WordList> abbreviations, IReadOnlyList<WordList> functionWords)
    {
        _abbreviations = [.. abbreviations];
        _functionWords = [.. functionWords];
    }

    /// <summary>Splits <paramref name="text"/>, already tokenized as <paramref name="tokens"/>, into sentences.</summary>
    public Sentence[] Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        var result = new List<Sentence>(tokens.Length / 20 + 1);
        var first = 0;
        for (var t = 0; t < tokens.Length; t++)
        {
            var last = t;
            var boundary = false;
            var tok = tokens[t];
            if (tok.Kind == TokenKind.Punctuation && CharClass.IsTerminator(text[tok.Start]))
            {
                // Glue the quotes, brackets and further marks that touch the terminator: ?!  .”  .")
                while (last + 1 < tokens.Length && tokens[last + 1].Start == tokens[last].End
                       && tokens[last + 1].Kind == TokenKind.Punctuation && tokens[last + 1].Length == 1
                       && (CharClass.IsCloser(text[tokens[last + 1].Start]) || CharClass.IsTerminator(text[tokens[last + 1].Start])))
                    last++;
                boundary = EndsAfterTerminator(text, tokens, first, t, last);
            }
            else if (tok.Kind == TokenKind.Word && tok.Length > 2 && text[tok.End - 1] == '.')
            {
                boundary = EndsAfterInitialism(text, tokens, last);
            }
            var lineBreak = last + 1 < tokens.Length && text[tokens[last].End..tokens[last + 1].Start].Contains('\n');
            if (boundary || lineBreak || last == tokens.Length - 1)
            {
                result.Add(new Sentence(tokens[first].Start, tokens[last].End, first, last - first + 1));
                first = last + 1;
            }
            t = last;
        }
        return result.ToArray();
    }

    private bool EndsAfterTerminator(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int t, int last)
    {
        var next = last + 1;
        if (next >= tokens.Length) return true;
        if (tokens[next].Start == tokens[last].End) return false; // "a.b", "Rp.5": nothing between, no boundary
        if (!MayStartSentence(text, tokens[next])) return false;
        if (text[tokens[t].Start] != '.' || tokens[t].Length != 1 || t == 0) return true;

        var prev = tokens[t - 1];
        if (prev.End != tokens[t].Start) return true;
        var word = prev.Of(text);
        if (prev.Kind == TokenKind.Word)
        {
            if (IsAbbreviation(word)) return false;
            if (word.Length == 1 && char.IsUpper(word[0])) return false; // an initial: John F. Kennedy
        }
        // A list item's label: "1. Pertama", "a. Kedua".
        if (t - 1 == first && (prev.Kind == TokenKind.Number || (prev.Kind == TokenKind.Word && word.Length == 1))) return false;
        return true;
    }

    private bool EndsAfterInitialism(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int t)
    {
        var next = t + 1;
        if (next >= tokens.Length) return true;
        var n = tokens[next];
        if (n.Start == tokens[t].End) return false;
        if (n.Kind == TokenKind.Punctuation && text[n.Start] is '"' or '\u201C' or '\u2018') return true;
        if (n.Kind != TokenKind.Word || !char.IsUpper(text[n.Start])) return false;
        var word = n.Of(text);
        foreach (var list in _functionWords) if (list.Contains(word)) return true;
        return false;
    }

    private bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        foreach (var list in _abbreviations) if (list.Contains(word)) return true;
        return false;
    }

    /// <summary>Anything but a lower-case word or a mark that continues a sentence (, ; : ) and the like).</summary>
    private static bool MayStartSentence(ReadOnlySpan<char> text, Token next)
    {
        var c = text[next.Start];
        if (next.Kind == TokenKind.Word) return !char.IsLower(c);
        if (next.Kind == TokenKind.Punctuation) return c is not (',' or ';' or ':' or ')' or ']' or '}' or '-' or '\u2013' or '\u2014' or '.' or '!' or '?' or '\u2026' or '%');
        return next.Kind != TokenKind.Symbol || c != '%';
    }
}
