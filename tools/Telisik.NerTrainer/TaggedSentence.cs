using Telisik.Extraction.Entities;
using Telisik.Extraction.Entities.Tagging;
using Telisik.Language;

namespace Telisik.NerTrainer;

/// <summary>One annotated sentence rebuilt as text (words joined by single spaces) with tokens and gold labels.</summary>
internal sealed record TaggedSentence(string Text, Token[] Tokens, NerLabel[] Gold, bool Cased, NerDomain Domain)
{
    /// <summary>Builds the sentence from CoNLL words and labels.</summary>
    public static TaggedSentence From(IReadOnlyList<string> words, IReadOnlyList<NerLabel> labels, bool cased, NerDomain domain)
    {
        var text = string.Join(' ', words);
        var tokens = new Token[words.Count];
        var offset = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            var kind = char.IsLetter(w[0]) ? TokenKind.Word : char.IsDigit(w[0]) ? TokenKind.Number : TokenKind.Punctuation;
            tokens[i] = new Token(offset, w.Length, kind);
            offset += w.Length + 1;
        }
        var gold = labels.ToArray();
        // conlleval reads an I- that does not continue its type as a B-; train on the same reading.
        for (var i = 0; i < gold.Length; i++)
            if (!NerLabels.CanFollow(i == 0 ? NerLabel.O : gold[i - 1], gold[i]))
                gold[i] = NerLabels.Begin(NerLabels.TypeOf(gold[i]));
        return new TaggedSentence(text, tokens, gold, cased, domain);
    }
}
