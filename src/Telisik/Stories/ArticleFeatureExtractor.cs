using System.Globalization;
using Telisik.Dedup;
using Telisik.Extraction.Dates;
using Telisik.Extraction.Entities;
using Telisik.Language;
using Telisik.Pipeline;

namespace Telisik.Stories;

/// <summary>
/// Builds <see cref="ArticleFeatures"/> from an analysed article. Uses what the pipeline found (stems, entities,
/// figures, quotes) and falls back to surface signals when a stage found nothing: normalised words for stems,
/// capitalised word sequences for entities, numbers with the word after them for figures, and text between
/// quotation marks for quotes. Pure code; immutable and thread-safe.
/// </summary>
public sealed class ArticleFeatureExtractor(ArticleFeatureOptions options)
{
    private readonly CopyFingerprinter _fingerprinter = new(options.Dedup);
    private readonly Tokenizer _tokenizer = new();

    /// <summary>Creates an extractor with default options.</summary>
    public ArticleFeatureExtractor() : this(new ArticleFeatureOptions()) { }

    /// <summary>Extracts the features of <paramref name="doc"/>; <paramref name="fallbackPublished"/> is used when the article states no time.</summary>
    public ArticleFeatures Extract(AnalyzedArticle doc, DateTimeOffset fallbackPublished = default)
    {
        var text = doc.Text;
        var tokens = doc.Tokens;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var stemOfWord = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.Word) continue;
            var word = TextNormalizer.Normalize(tokens[i].Of(text));
            var stem = i < doc.Stems.Length && doc.Stems[i] is { Length: > 0 } s ? s : word;
            if (!IsTerm(stem)) continue;
            stemOfWord.TryAdd(word, stem);
            counts[stem] = counts.GetValueOrDefault(stem) + 1;
        }

        var lead = doc.Sentences.Length > 0 ? doc.Sentences[0] : default;
        var head = new HashSet<string>(StringComparer.Ordinal);
        if (doc.Article.Title is { Length: > 0 } title)
            foreach (var t in _tokenizer.Tokenize(title))
            {
                if (t.Kind != TokenKind.Word) continue;
                var word = TextNormalizer.Normalize(t.Of(title));
                var stem = stemOfWord.GetValueOrDefault(word, word);
                if (IsTerm(stem)) head.Add(stem);
            }
        if (options.SlugHeadTerms && doc.Article.Title is not { Length: > 0 } && UrlSlug.Words(doc.Article.Url) is { } slug)
            foreach (var t in _tokenizer.Tokenize(slug))
            {
                if (t.Kind != TokenKind.Word) continue;
                var word = TextNormalizer.Normalize(t.Of(slug));
                var stem = stemOfWord.GetValueOrDefault(word, word);
                if (IsTerm(stem)) head.Add(stem);
            }
        for (var i = lead.FirstToken; i < lead.FirstToken + lead.TokenCount && i < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.Word) continue;
            var word = TextNormalizer.Normalize(tokens[i].Of(text));
            if (stemOfWord.TryGetValue(word, out var stem)) head.Add(stem);
        }

        var headline = doc.Article.Title is { Length: > 0 } h ? h : lead.End > lead.Start ? text[lead.Start..lead.End] : "";
        if (headline.Length > 200) headline = headline[..200];

        return new ArticleFeatures
        {
            Id = doc.Article.Id,
            Outlet = doc.Article.Outlet,
            Published = doc.Article.Published ?? fallbackPublished,
            Headline = headline.Trim(),
            Terms = counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
                .Take(options.MaxTerms).Select(kv => new TermCount(kv.Key, kv.Value)).ToArray(),
            HeadTerms = head.Order(StringComparer.Ordinal).ToArray(),
            Entities = Entities(doc),
            People = People(doc),
            LeadDates = Days(doc, LeadEnd(doc)),
            Dates = Days(doc, text.Length),
            Figures = Figures(doc),
            Quotes = Quotes(doc),
            Fingerprint = _fingerprinter.Fingerprint(doc),
        };
    }

    private bool IsTerm(string s)
    {
        if (s.Length < options.MinTermLength) return false;
        foreach (var c in s) if (char.IsLetter(c)) return true;
        return false;
    }

    private string[] Entities(AnalyzedArticle doc)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (doc.Entities.Count > 0)
        {
            foreach (var e in doc.Entities)
            {
                var key = TextNormalizer.Normalize(e.Name);
                if (key.Length > 1) counts[key] = counts.GetValueOrDefault(key) + Math.Max(1, e.Mentions.Count);
            }
        }
        else
        {
            foreach (var name in CapitalisedNames.Find(doc.Text, doc.Tokens, doc.Sentences))
                counts[name] = counts.GetValueOrDefault(name) + 1;
        }
        return counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Take(options.MaxEntities).Select(kv => kv.Key).ToArray();
    }

    private string[] People(AnalyzedArticle doc) =>
        doc.Entities.Where(e => e.Type == EntityType.Person)
            .OrderByDescending(e => e.Mentions.Count).ThenBy(e => e.Name, StringComparer.Ordinal)
            .Select(e => TextNormalizer.Normalize(e.Name)).Where(n => n.Length > 1).Distinct(StringComparer.Ordinal)
            .Take(options.MaxEntities).ToArray();

    /// <summary>Where the lead ends: the end of the first paragraph, but at most the first <see cref="LeadSentences"/> sentences.</summary>
    private static int LeadEnd(AnalyzedArticle doc)
    {
        var text = doc.Text;
        var newline = text.IndexOf('\n');
        var end = newline < 0 ? text.Length : newline;
        if (doc.Sentences.Length > LeadSentences) end = Math.Min(end, doc.Sentences[LeadSentences - 1].End);
        return end;
    }

    /// <summary>Sentences of a long first paragraph that still count as its lead.</summary>
    private const int LeadSentences = 2;

    /// <summary>The distinct days (yyyy-MM-dd) of day- or time-precise date mentions starting before <paramref name="end"/>, in text order.</summary>
    private static string[] Days(AnalyzedArticle doc, int end)
    {
        var days = new List<string>();
        foreach (var d in doc.Dates.OrderBy(d => d.Start))
        {
            if (d.Start >= end) break;
            if (d.Granularity is not (DateGranularity.Day or DateGranularity.Time) || d.Resolved is not { Length: >= 10 } r) continue;
            var day = r[..10];
            if (!days.Contains(day)) days.Add(day);
        }
        return days.ToArray();
    }

    private static string[] Figures(AnalyzedArticle doc)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        if (doc.Figures.Count > 0)
        {
            foreach (var f in doc.Figures)
                keys.Add(f.Value.ToString("R", CultureInfo.InvariantCulture) + (f.Unit is { } u ? " " + TextNormalizer.Normalize(u) : ""));
            return keys.Order(StringComparer.Ordinal).ToArray();
        }
        // Fallback: a number and the word after it ("8.000 unit", "57,8 persen"); bare numbers are too ambiguous.
        var text = doc.Text;
        var tokens = doc.Tokens;
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.Number || tokens[i + 1].Kind != TokenKind.Word) continue;
            keys.Add(tokens[i].Of(text).ToString() + " " + TextNormalizer.Normalize(tokens[i + 1].Of(text)));
        }
        return keys.Order(StringComparer.Ordinal).ToArray();
    }

    private string[] Quotes(AnalyzedArticle doc)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        if (doc.Quotes.Count > 0)
        {
            foreach (var q in doc.Quotes) AddQuoteKey(q.Text, keys);
            return keys.Order(StringComparer.Ordinal).ToArray();
        }
        // Fallback: text between straight or curly double quotes.
        var text = doc.Text;
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '"' or '“' or '”')
            {
                if (open < 0 && c != '”') open = i + 1;
                else if (open >= 0) { AddQuoteKey(text[open..i], keys); open = -1; }
            }
            else if (c == '\n') open = -1;
        }
        return keys.Order(StringComparer.Ordinal).ToArray();
    }

    private void AddQuoteKey(string quote, HashSet<string> keys)
    {
        var words = new List<string>(options.QuoteKeyWords);
        foreach (var t in _tokenizer.Tokenize(quote))
        {
            if (t.Kind is not (TokenKind.Word or TokenKind.Number)) continue;
            words.Add(TextNormalizer.Normalize(t.Of(quote)));
            if (words.Count == options.QuoteKeyWords) break;
        }
        if (words.Count >= Math.Min(4, options.QuoteKeyWords)) keys.Add(string.Join(' ', words));
    }
}
