using System.Globalization;

namespace Telisik.Search;

/// <summary>
/// Parses the query syntax users know from web search: words (all must match), <c>OR</c>, <c>"exact phrases"</c>,
/// <c>-exclusions</c>, <c>prefix*</c>, parentheses, and filters <c>outlet:</c>, <c>lang:</c>, <c>from:</c>, <c>to:</c>,
/// <c>entity:</c>, <c>story:</c>. Errors say what is wrong and at which column. Pure and thread-safe.
/// </summary>
public static class SearchQueryParser
{
    /// <summary>Longest query accepted.</summary>
    public const int MaxQueryLength = 1000;

    /// <summary>Deepest nesting of parentheses.</summary>
    public const int MaxDepth = 8;

    /// <summary>Most words and phrases in one query.</summary>
    public const int MaxTerms = 64;

    private static readonly string[] FilterKeys = ["outlet", "lang", "from", "to", "entity", "story"];

    /// <summary>Parses <paramref name="text"/>.</summary>
    /// <exception cref="QueryParseException">The query is empty, too long, or malformed; the message says where.</exception>
    public static SearchQuery Parse(string text)
    {
        if (text.Length > MaxQueryLength)
            throw new QueryParseException($"the query is longer than {MaxQueryLength} characters", MaxQueryLength);
        var state = new State(Lex(text));
        var filters = new FilterBuilder();
        var expr = ParseAnd(state, filters, depth: 0, topLevel: true);
        if (state.Peek() is { } extra)
            throw new QueryParseException(extra.Kind == LexKind.RParen
                ? $"')' at column {extra.Position + 1} has no matching '('"
                : $"unexpected '{extra.Text}' at column {extra.Position + 1}", extra.Position);
        if (expr is null && filters.IsEmpty)
            throw new QueryParseException("the query is empty: give a word, a \"phrase\" or a filter such as outlet:kompas", 0);
        if (state.Terms > MaxTerms)
            throw new QueryParseException($"the query has more than {MaxTerms} words and phrases", 0);
        if (expr is not null && filters.IsEmpty && OnlyExclusions(expr))
            throw new QueryParseException("the query only excludes words: add a word or a filter to search for", 0);
        return new SearchQuery(expr, filters.Build(), text);
    }

    private static bool OnlyExclusions(QueryNode n) => n is NotNode || n is AndNode a && a.Children.All(c => c is NotNode);

    private static QueryNode? ParseAnd(State s, FilterBuilder filters, int depth, bool topLevel)
    {
        var children = new List<QueryNode>();
        while (s.Peek() is { } t && t.Kind != LexKind.RParen)
        {
            if (t.Kind == LexKind.Or)
                throw new QueryParseException($"'OR' at column {t.Position + 1} needs a word on both sides", t.Position);
            if (t.Kind == LexKind.Filter)
            {
                if (!topLevel) throw new QueryParseException($"filter '{t.Text}' at column {t.Position + 1} cannot stand inside parentheses", t.Position);
                s.Next();
                filters.Add(t);
                if (s.Peek() is { Kind: LexKind.Or } or2)
                    throw new QueryParseException($"'OR' at column {or2.Position + 1} cannot join a filter; repeat the filter key instead", or2.Position);
                continue;
            }
            children.Add(ParseOr(s, filters, depth));
        }
        return children.Count switch { 0 => null, 1 => children[0], _ => new AndNode(children) };
    }

    private static QueryNode ParseOr(State s, FilterBuilder filters, int depth)
    {
        var first = ParseUnary(s, filters, depth);
        if (s.Peek() is not { Kind: LexKind.Or }) return first;
        var children = new List<QueryNode> { first };
        while (s.Peek() is { Kind: LexKind.Or } or)
        {
            s.Next();
            if (s.Peek() is null or { Kind: LexKind.RParen or LexKind.Or or LexKind.Filter })
                throw new QueryParseException($"'OR' at column {or.Position + 1} needs a word on both sides", or.Position);
            children.Add(ParseUnary(s, filters, depth));
        }
        if (children.Any(c => c is NotNode))
            throw new QueryParseException("an exclusion (-word) cannot be one side of OR", first is TermNode tn ? tn.Position : 0);
        return new OrNode(children);
    }

    private static QueryNode ParseUnary(State s, FilterBuilder filters, int depth)
    {
        var t = s.Next()!;
        switch (t.Kind)
        {
            case LexKind.Minus:
                if (s.Peek() is null or { Kind: LexKind.Minus or LexKind.Or or LexKind.RParen })
                    throw new QueryParseException($"'-' at column {t.Position + 1} must stand right before a word to exclude", t.Position);
                if (s.Peek() is { Kind: LexKind.Filter } f)
                    throw new QueryParseException($"excluding a filter ('-{f.Text}') is not supported", t.Position);
                return new NotNode(ParseUnary(s, filters, depth));
            case LexKind.Word:
                s.Terms++;
                var prefix = t.Text.EndsWith('*');
                var word = t.Text.TrimEnd('*');
                if (word.Length == 0) throw new QueryParseException($"'*' at column {t.Position + 1} must follow a word", t.Position);
                if (word.Contains('*')) throw new QueryParseException($"'*' is only allowed at the end of a word (column {t.Position + 1})", t.Position);
                return new TermNode(word, prefix, t.Position);
            case LexKind.Phrase:
                s.Terms++;
                var words = t.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length == 0) throw new QueryParseException($"empty phrase at column {t.Position + 1}", t.Position);
                return new PhraseNode(words, t.Position);
            case LexKind.LParen:
                if (depth >= MaxDepth) throw new QueryParseException($"parentheses nested deeper than {MaxDepth} at column {t.Position + 1}", t.Position);
                var inner = ParseAnd(s, filters, depth + 1, topLevel: false)
                            ?? throw new QueryParseException($"empty parentheses at column {t.Position + 1}", t.Position);
                if (s.Next() is not { Kind: LexKind.RParen })
                    throw new QueryParseException($"'(' at column {t.Position + 1} is never closed", t.Position);
                return inner;
            case LexKind.RParen:
                throw new QueryParseException($"')' at column {t.Position + 1} has no matching '('", t.Position);
            default:
                throw new QueryParseException($"unexpected '{t.Text}' at column {t.Position + 1}", t.Position);
        }
    }

    private enum LexKind { Word, Phrase, Minus, LParen, RParen, Or, Filter }

    private sealed record Lexeme(LexKind Kind, string Text, int Position, string? Key = null, string? Value = null);

    private sealed class State(List<Lexeme> items)
    {
        private int _i;
        public int Terms;
        public Lexeme? Peek() => _i < items.Count ? items[_i] : null;
        public Lexeme? Next() => _i < items.Count ? items[_i++] : null;
    }

    private static bool IsOpenQuote(char c) => c is '"' or '“' or '„' or '«';
    private static bool IsCloseQuote(char c) => c is '"' or '”' or '“' or '»';

    private static List<Lexeme> Lex(string q)
    {
        var list = new List<Lexeme>();
        var i = 0;
        while (i < q.Length)
        {
            var c = q[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c == '(') { list.Add(new(LexKind.LParen, "(", i)); i++; continue; }
            if (c == ')') { list.Add(new(LexKind.RParen, ")", i)); i++; continue; }
            if (c == '-' && (i + 1 < q.Length && !char.IsWhiteSpace(q[i + 1]))) { list.Add(new(LexKind.Minus, "-", i)); i++; continue; }
            if (IsOpenQuote(c))
            {
                var (phrase, end) = ReadQuoted(q, i);
                list.Add(new(LexKind.Phrase, phrase, i));
                i = end;
                continue;
            }
            var start = i;
            while (i < q.Length && !char.IsWhiteSpace(q[i]) && q[i] is not ('(' or ')') && !IsOpenQuote(q[i]) && q[i] != ':') i++;
            var word = q[start..i];
            if (i < q.Length && q[i] == ':' && word.Length > 0 && word.All(char.IsLetter))
            {
                var key = word.ToLowerInvariant();
                if (!FilterKeys.Contains(key))
                    throw new QueryParseException($"unknown filter '{word}:' at column {start + 1} (filters: {string.Join(", ", FilterKeys.Select(k => k + ":"))})", start);
                i++;
                string value;
                if (i < q.Length && IsOpenQuote(q[i]))
                {
                    (value, i) = ReadQuoted(q, i);
                }
                else
                {
                    var vs = i;
                    while (i < q.Length && !char.IsWhiteSpace(q[i]) && q[i] is not ('(' or ')')) i++;
                    value = q[vs..i];
                }
                if (value.Trim().Length == 0) throw new QueryParseException($"filter '{key}:' at column {start + 1} has no value", start);
                list.Add(new(LexKind.Filter, $"{key}:{value}", start, key, value.Trim()));
                continue;
            }
            if (i < q.Length && q[i] == ':')
            {
                // A colon inside a word that is not a filter ("10:30"): keep it as part of the word.
                i++;
                while (i < q.Length && !char.IsWhiteSpace(q[i]) && q[i] is not ('(' or ')') && !IsOpenQuote(q[i])) i++;
                word = q[start..i];
            }
            list.Add(word == "OR" ? new(LexKind.Or, word, start) : new(LexKind.Word, word, start));
        }
        return list;
    }

    private static (string Text, int End) ReadQuoted(string q, int open)
    {
        var i = open + 1;
        while (i < q.Length && !IsCloseQuote(q[i])) i++;
        if (i >= q.Length) throw new QueryParseException($"the quote at column {open + 1} is never closed", open);
        return (q[(open + 1)..i], i + 1);
    }

    private sealed class FilterBuilder
    {
        private readonly List<string> _outlets = [], _langs = [], _entities = [], _stories = [];
        private DateTimeOffset? _from, _to;

        public bool IsEmpty => _outlets.Count + _langs.Count + _entities.Count + _stories.Count == 0 && _from is null && _to is null;

        public void Add(Lexeme f)
        {
            var v = f.Value!;
            switch (f.Key)
            {
                case "outlet": _outlets.Add(v); break;
                case "lang": _langs.Add(v.ToLowerInvariant()); break;
                case "entity": _entities.Add(v); break;
                case "story": _stories.Add(v); break;
                case "from": _from = Day(v, f); break;
                case "to": _to = Day(v, f).AddDays(1); break;
            }
        }

        private static DateTimeOffset Day(string v, Lexeme f)
        {
            string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
            if (DateTime.TryParseExact(v, formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var d))
            {
                var day = new DateTimeOffset(d, TimeSpan.Zero);
                // "to:2024-10" means to the end of October; "to:2024" to the end of the year.
                if (f.Key == "to" && v.Length == 7) day = day.AddMonths(1).AddDays(-1);
                if (f.Key == "to" && v.Length == 4) day = day.AddYears(1).AddDays(-1);
                return day;
            }
            throw new QueryParseException($"'{f.Key}:{v}' at column {f.Position + 1} is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)", f.Position);
        }

        public SearchFilters Build() => new()
        {
            Outlets = _outlets, Languages = _langs, Entities = _entities, Stories = _stories, From = _from, To = _to,
        };
    }
}
