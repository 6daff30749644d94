using System.Buffers;
using Telisik.Extraction.Entities.Lexicons;
using Telisik.Language;

namespace Telisik.Extraction.Entities.Tagging;

/// <summary>
/// Turns a sentence's tokens into hashed features for the tagger: the word and its neighbours, affixes, word shape
/// and capitalisation in context, gazetteer hits, word clusters of the word and its neighbours, a preceding title (<c>Presiden</c>, <c>Juru Bicara</c>) and,
/// while decoding, the labels already chosen. Writes <see cref="Stride"/> values per token: the
/// <see cref="StaticCount"/> static features, then two keys the label-history features mix with.
/// Immutable and thread-safe.
/// </summary>
public sealed class NerFeatureExtractor(EntityLexicon lexicon)
{
    /// <summary>Static features per token.</summary>
    public const int StaticCount = 30;

    /// <summary>Label-history features per token.</summary>
    public const int DynamicCount = 4;

    /// <summary>Values written per token: static features, the word key, the class key.</summary>
    public const int Stride = StaticCount + 2;

    /// <summary>Characters of a token that take part in its hash (a 1 MB "word" costs no more than a long one).</summary>
    public const int MaxHashedChars = 32;

    private const uint PrevLabelBefore = 7;

    /// <summary>The lexicon whose gazetteers and titles feed the features.</summary>
    public EntityLexicon Lexicon { get; } = lexicon;

    /// <summary>
    /// Writes the features of <paramref name="tokens"/> (one sentence) into <paramref name="output"/>, which must
    /// hold <c>tokens.Length * Stride</c> values. <paramref name="cased"/> is false for text without case.
    /// </summary>
    public void Extract(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, bool cased, Span<uint> output)
    {
        var n = tokens.Length;
        if (output.Length < n * Stride) throw new ArgumentException("Output too small.", nameof(output));
        var pool = ArrayPool<uint>.Shared.Rent(n * 8);
        try
        {
            var words = pool.AsSpan(0, n);
            var exact = pool.AsSpan(n, n);
            var shapes = pool.AsSpan(2 * n, n);
            var classes = pool.AsSpan(3 * n, n);
            var gaz = pool.AsSpan(4 * n, n);
            var titleEnd = pool.AsSpan(5 * n, n);
            var fine = pool.AsSpan(6 * n, n);
            var coarse = pool.AsSpan(7 * n, n);
            for (var i = 0; i < n; i++)
            {
                var w = tokens[i].Of(text);
                WordHashes(w, out words[i], out exact[i], out shapes[i]);
                classes[i] = cased ? (uint)Classify(w) : (uint)TokenClass.Uncased;
                var known = Lexicon.TryGetCluster(w, out var f, out var c);
                fine[i] = known ? (uint)f : 0xFFFFu;
                coarse[i] = known ? (uint)c : 0xFFFFu;
            }
            MarkLexicon(text, tokens, cased, gaz, titleEnd);

            for (var i = 0; i < n; i++)
            {
                var o = output.Slice(i * Stride, Stride);
                var w = tokens[i].Of(text);
                var c0 = classes[i];
                o[0] = FeatureHash.Of(0, 0);
                o[1] = FeatureHash.Of(1, words[i]);
                o[2] = FeatureHash.Of(2, At(words, i - 1));
                o[3] = FeatureHash.Of(3, At(words, i + 1));
                o[4] = FeatureHash.Of(4, At(words, i - 2));
                o[5] = FeatureHash.Of(5, At(words, i + 2));
                o[6] = FeatureHash.Of(6, At(words, i - 1), words[i]);
                o[7] = FeatureHash.Of(7, words[i], At(words, i + 1));
                o[8] = FeatureHash.Of(8, Suffix(w, 2));
                o[9] = FeatureHash.Of(9, Suffix(w, 3));
                o[10] = FeatureHash.Of(10, Suffix(w, 4));
                o[11] = FeatureHash.Of(11, Prefix(w, 2));
                o[12] = FeatureHash.Of(12, Prefix(w, 3));
                o[13] = FeatureHash.Of(13, Prefix(w, 4));
                o[14] = FeatureHash.Of(14, cased ? shapes[i] : FeatureHash.Before);
                o[15] = FeatureHash.Of(15, At(classes, i - 1), c0, At(classes, i + 1));
                o[16] = FeatureHash.Of(16, c0, i == 0 ? 1u : 0u);
                o[17] = FeatureHash.Of(17, c0, At(words, i - 1));
                o[18] = FeatureHash.Of(18, c0, At(words, i + 1));
                o[19] = FeatureHash.Of(19, At(classes, i - 2), At(classes, i - 1), c0);
                o[20] = FeatureHash.Of(20, gaz[i]);
                o[21] = FeatureHash.Of(21, At(gaz, i - 1), gaz[i], At(gaz, i + 1));
                o[22] = FeatureHash.Of(22, gaz[i], c0);
                o[23] = FeatureHash.Of(23, i > 0 ? titleEnd[i - 1] : 0u, c0);
                o[24] = FeatureHash.Of(24, i > 1 ? titleEnd[i - 2] : 0u, At(classes, i - 1), c0);
                o[25] = FeatureHash.Of(25, cased ? exact[i] : FeatureHash.Before);
                o[26] = FeatureHash.Of(26, fine[i]);
                o[27] = FeatureHash.Of(27, coarse[i]);
                o[28] = FeatureHash.Of(28, At(fine, i - 1));
                o[29] = FeatureHash.Of(29, At(fine, i + 1));
                o[StaticCount] = words[i];
                o[StaticCount + 1] = c0;
            }
        }
        finally
        {
            ArrayPool<uint>.Shared.Return(pool);
        }
    }

    /// <summary>
    /// Writes the <see cref="DynamicCount"/> label-history features of one token, given its
    /// <see cref="Stride"/> values and the labels chosen for the two tokens before it (null before the sentence).
    /// </summary>
    public static void ExtractDynamic(ReadOnlySpan<uint> token, NerLabel? previous, NerLabel? beforePrevious, Span<uint> output)
    {
        var p1 = previous is { } a ? (uint)a : PrevLabelBefore;
        var p2 = beforePrevious is { } b ? (uint)b : PrevLabelBefore;
        output[0] = FeatureHash.Of(40, p1);
        output[1] = FeatureHash.Of(41, p2, p1);
        output[2] = FeatureHash.Of(42, p1, token[StaticCount]);
        output[3] = FeatureHash.Of(43, p1, token[StaticCount + 1]);
    }

    private void MarkLexicon(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, bool cased, Span<uint> gaz, Span<uint> titleEnd)
    {
        gaz.Clear();
        titleEnd.Clear();
        var n = tokens.Length;
        for (var i = 0; i < n;)
        {
            if (tokens[i].Kind == TokenKind.Word
                && Lexicon.Gazetteer.TryMatch(text, tokens, i, n, cased, out var len, out var entry))
            {
                // Gazetteer label codes: 1 + 2*type for the first token, 2 + 2*type inside.
                var code = 1u + 2u * (uint)entry.Type;
                gaz[i] = code;
                for (var k = 1; k < len; k++) gaz[i + k] = code + 1;
                i += len;
            }
            else i++;
        }
        for (var i = 0; i < n; i++)
        {
            if (tokens[i].Kind == TokenKind.Word && Lexicon.Titles.TryMatch(text, tokens, i, n, cased, out var len, out _))
                titleEnd[i + len - 1] = 1;
        }
    }

    private static void WordHashes(ReadOnlySpan<char> w, out uint lower, out uint exact, out uint shape)
    {
        uint lo = FeatureHash.Seed, ex = FeatureHash.Seed, sh = FeatureHash.Seed;
        var last = '\0';
        var shapeLen = 0;
        var limit = Math.Min(w.Length, MaxHashedChars);
        for (var k = 0; k < limit; k++)
        {
            var c = w[k];
            // Digits fold to '0' so every year or count shares one feature ("12.000" ~ "10.000").
            var folded = char.IsDigit(c) ? '0' : c;
            lo = FeatureHash.Add(lo, char.ToLowerInvariant(folded));
            ex = FeatureHash.Add(ex, folded);
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'l' : c;
            if (s != last && shapeLen < 8)
            {
                sh = FeatureHash.Add(sh, s);
                shapeLen++;
                last = s;
            }
        }
        if (w.Length > MaxHashedChars) lo = FeatureHash.Add(lo, '\u2026');
        lower = lo;
        exact = ex;
        shape = sh;
    }

    private static uint At(ReadOnlySpan<uint> values, int k) =>
        k < 0 ? FeatureHash.Before : k >= values.Length ? FeatureHash.After : values[k];

    private static uint Suffix(ReadOnlySpan<char> w, int length)
    {
        var h = FeatureHash.Seed;
        var start = Math.Max(0, w.Length - length);
        for (var k = start; k < w.Length; k++) h = FeatureHash.Add(h, char.ToLowerInvariant(w[k]));
        return h;
    }

    private static uint Prefix(ReadOnlySpan<char> w, int length)
    {
        var h = FeatureHash.Seed;
        var end = Math.Min(w.Length, length);
        for (var k = 0; k < end; k++) h = FeatureHash.Add(h, char.ToLowerInvariant(w[k]));
        return h;
    }

    internal static TokenClass Classify(ReadOnlySpan<char> w)
    {
        if (w.Length == 0) return TokenClass.Mixed;
        var first = w[0];
        if (char.IsDigit(first)) return TokenClass.Number;
        if (!char.IsLetter(first)) return char.IsPunctuation(first) ? TokenClass.Punctuation : TokenClass.Mixed;
        if (char.IsLower(first)) return TokenClass.Lower;
        if (w.Length == 1) return TokenClass.SingleCap;
        bool anyLower = false, anyUpper = false;
        for (var k = 1; k < w.Length && k < MaxHashedChars; k++)
        {
            if (char.IsLower(w[k])) anyLower = true;
            else if (char.IsUpper(w[k])) anyUpper = true;
        }
        if (!anyLower) return TokenClass.AllCaps;
        return anyUpper ? TokenClass.Mixed : TokenClass.Title;
    }
}
