using System.Text;
using Telisik.Language;
using Telisik.Pipeline;

namespace Telisik.Search;

/// <summary>
/// Turns article text and query words into the same index forms: words become their stems (case- and accent-folded;
/// Indonesian or English by the article's language), numbers lose their separators (12.000 → 12000). Indexing and
/// querying share this class, so <c>pengiriman</c> finds <c>dikirim</c> and <c>mengirimkan</c>. Thread-safe.
/// </summary>
public sealed class SearchAnalyzer(Tokenizer tokenizer, SentenceSplitter splitter, StemStage stems, IndonesianStemmer indonesian, EnglishStemmer english)
{
    /// <summary>The analyser with the default language core.</summary>
    public static SearchAnalyzer CreateDefault()
    {
        var id = new IndonesianStemmer();
        var en = new EnglishStemmer();
        return new SearchAnalyzer(new Tokenizer(), new SentenceSplitter(), new StemStage(id, en), id, en);
    }

    /// <summary>The index document of an analysed article: title, lead (first paragraph) and the rest.</summary>
    public SearchDocument Document(AnalyzedArticle doc)
    {
        var text = doc.Text;
        var leadEnd = text.IndexOf('\n');
        if (leadEnd < 0) leadEnd = text.Length;
        var lead = new StringBuilder();
        var body = new StringBuilder();
        for (var i = 0; i < doc.Tokens.Length; i++)
        {
            var form = Form(text, doc.Tokens[i], i < doc.Stems.Length ? doc.Stems[i] : null);
            if (form is null) continue;
            var sb = doc.Tokens[i].Start < leadEnd ? lead : body;
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(form);
        }
        return new SearchDocument(Forms(doc.Article.Title ?? "", doc.Article.Language), lead.ToString(), body.ToString());
    }

    /// <summary>The index forms of a free text (e.g. a title) in the given language, space-separated.</summary>
    public string Forms(string text, string language)
    {
        var tokens = tokenizer.Tokenize(text);
        var stemmed = stems.Stem(text, tokens, splitter.Split(text, tokens), language);
        var sb = new StringBuilder();
        for (var i = 0; i < tokens.Length; i++)
        {
            if (Form(text, tokens[i], stemmed[i]) is not { } f) continue;
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(f);
        }
        return sb.ToString();
    }

    /// <summary>The index form of each token of <paramref name="text"/> (null where a token is not indexed).</summary>
    public (Token[] Tokens, string?[] Forms) TokenForms(string text, string language)
    {
        var tokens = tokenizer.Tokenize(text);
        var stemmed = stems.Stem(text, tokens, splitter.Split(text, tokens), language);
        var forms = new string?[tokens.Length];
        for (var i = 0; i < tokens.Length; i++) forms[i] = Form(text, tokens[i], stemmed[i]);
        return (tokens, forms);
    }

    /// <summary>
    /// The index forms a query word may take: its Indonesian and its English stem (the query's language is unknown),
    /// or for a prefix query the folded word itself. Empty when the word has nothing searchable.
    /// </summary>
    public IReadOnlyList<string> QueryForms(string word, bool prefix)
    {
        var folded = Fold(word);
        if (folded.Length == 0) return [];
        if (IsNumber(folded)) return [DigitsOnly(folded)];
        if (prefix) return [folded];
        var forms = new List<string> { indonesian.Stem(folded) };
        var en = english.Stem(folded);
        if (!forms.Contains(en)) forms.Add(en);
        if (!forms.Contains(folded)) forms.Add(folded);
        return forms;
    }

    /// <summary>Rewrites a parsed query's words into index forms (alternatives become OR).</summary>
    /// <exception cref="QueryParseException">No word of the query has anything searchable.</exception>
    public QueryNode? ToIndexForms(QueryNode? node) => node switch
    {
        null => null,
        TermNode t => QueryForms(t.Word, t.Prefix) switch
        {
            [] => throw new QueryParseException($"'{t.Word}' at column {t.Position + 1} has no letters or digits to search for", t.Position),
            [var one] => t with { Word = one },
            var many => new OrNode(many.Select(f => (QueryNode)(t with { Word = f })).ToArray()),
        },
        PhraseNode p => PhraseForms(p),
        AndNode a => new AndNode(a.Children.Select(c => ToIndexForms(c)!).ToArray()),
        OrNode o => new OrNode(o.Children.Select(c => ToIndexForms(c)!).ToArray()),
        NotNode n => new NotNode(ToIndexForms(n.Child)!),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    private QueryNode PhraseForms(PhraseNode p)
    {
        var words = p.Words.Select(Fold).Where(w => w.Length > 0).ToArray();
        if (words.Length == 0) throw new QueryParseException($"the phrase at column {p.Position + 1} has no letters or digits", p.Position);
        string Map(string w, IStemmer s) => IsNumber(w) ? DigitsOnly(w) : s.Stem(w);
        var id = words.Select(w => Map(w, indonesian)).ToArray();
        var en = words.Select(w => Map(w, english)).ToArray();
        return id.SequenceEqual(en) ? p with { Words = id } : new OrNode([p with { Words = id }, p with { Words = en }]);
    }

    private static string? Form(string text, Token t, string? stem) => t.Kind switch
    {
        TokenKind.Word => stem ?? TextNormalizer.Normalize(t.Of(text)),
        TokenKind.Number => DigitsOnly(t.Of(text).ToString()),
        _ => null,
    };

    private static string Fold(string word)
    {
        var n = TextNormalizer.Normalize(word.AsSpan());
        var sb = new StringBuilder(n.Length);
        foreach (var c in n) if (char.IsLetterOrDigit(c) || c == '-') sb.Append(c);
        return sb.ToString().Trim('-');
    }

    private static bool IsNumber(string s) => s.Length > 0 && char.IsDigit(s[0]) && s.All(c => char.IsDigit(c) || c is '.' or ',');

    private static string DigitsOnly(string s) => new(s.Where(char.IsDigit).ToArray());
}
