using Telisik.Documents;
using Telisik.Ingest;

namespace Telisik.Cleaning;

/// <summary>
/// Turns a raw article into a clean one: drops a URL first line, takes a headline line, recognises and removes the
/// outlet dateline, removes promotional and navigation lines, and keeps one paragraph a line with an offset map back
/// to the raw text. Immutable and thread-safe.
/// </summary>
public sealed class ArticleCleaner(OutletDirectory outlets, DatelineRecognizer datelines, BoilerplateRules boilerplate)
{
    /// <summary>A headline is short: at most this many characters.</summary>
    private const int MaxTitleLength = 160;

    /// <summary>A related-links list after "Baca juga:" has at most this many entries.</summary>
    private const int MaxRelatedLinks = 8;

    /// <summary>Loads the shipped language data.</summary>
    public static ArticleCleaner LoadDefault()
    {
        var outlets = OutletDirectory.LoadDefault();
        return new ArticleCleaner(outlets, DatelineRecognizer.LoadDefault(outlets), BoilerplateRules.LoadDefault());
    }

    /// <summary>The outlet directory in use.</summary>
    public OutletDirectory Outlets => outlets;

    /// <summary>Cleans <paramref name="raw"/>.</summary>
    public CleanResult Clean(RawArticle raw)
    {
        var text = raw.Text;
        var lines = SplitLines(text);
        var i = NextNonBlank(lines, text, 0);
        if (i < lines.Count && raw.IsPlainTextFile && raw.Url is not null && Slice(text, lines[i]).Trim().SequenceEqual(raw.Url)) i = NextNonBlank(lines, text, i + 1);

        string? title = raw.Title;
        DatelineMatch? dateline = null;
        if (i < lines.Count)
        {
            dateline = datelines.Match(Slice(text, lines[i]).TrimStart().ToString());
            if (dateline is null && raw.IsPlainTextFile && title is null)
            {
                var next = NextNonBlank(lines, text, i + 1);
                var first = Slice(text, lines[i]).Trim().ToString();
                if (next < lines.Count && LooksLikeTitle(first) && datelines.Match(Slice(text, lines[next]).TrimStart().ToString()) is { } d)
                {
                    title = first;
                    dateline = d;
                    i = next;
                }
            }
        }

        var builder = new CleanTextBuilder();
        for (var first = true; i < lines.Count; i++, first = false)
        {
            var (start, length) = lines[i];
            (start, length) = TrimRange(text, start, length);
            if (length == 0) continue;
            if (first && dateline is not null)
            {
                var lead = LeadingSpace(text, start);
                start += lead + dateline.Length;
                length -= lead + dateline.Length;
                (start, length) = TrimRange(text, start, length);
                if (length == 0) continue;
            }
            var (action, mStart, mLength) = boilerplate.Classify(text.Substring(start, length));
            switch (action)
            {
                case LineAction.Cut:
                    i = lines.Count;
                    continue;
                case LineAction.Drop:
                    continue;
                case LineAction.DropList:
                    i = SkipRelatedLinks(lines, text, i);
                    continue;
                case LineAction.Trim:
                    // Keep what stands before or after the matched part (the rules anchor at one end).
                    if (mStart == 0) { start += mLength; length -= mLength; }
                    else length = mStart;
                    (start, length) = TrimRange(text, start, length);
                    break;
            }
            builder.AddParagraph(text, start, length);
        }

        var cleaned = builder.Text;
        var words = CountWords(cleaned);
        if (words < IngestLimits.MinArticleWords)
            return new CleanResult(null, new Rejection(raw.Source, words == 0 ? RejectionKind.Empty : RejectionKind.NotAnArticle,
                words == 0 ? "no article text remains after removing boilerplate"
                           : $"too short to be an article ({words} words after cleaning; at least {IngestLimits.MinArticleWords} needed)"));

        var urlOutlet = outlets.FromUrl(raw.Url);
        var recordOutlet = raw.Outlet is null ? null : outlets.Canonical(raw.Outlet);
        return new CleanResult(new Article
        {
            Id = raw.Id ?? ArticleIds.Derive(raw.Url, cleaned),
            // A record's own outlet names its publisher; otherwise the dateline wins over the URL's domain.
            Outlet = recordOutlet ?? dateline?.Outlet ?? urlOutlet,
            DatelineOutlet = dateline?.Outlet,
            UrlOutlet = urlOutlet,
            Url = raw.Url,
            Title = title,
            Published = raw.Published,
            SourcePath = raw.Source,
            RawText = text,
            Text = cleaned,
            OffsetMap = builder.Map,
        }, null);
    }

    private static bool LooksLikeTitle(string line) =>
        line.Length is > 0 and <= MaxTitleLength && line[^1] is not ('.' or ',' or ';' or ':');

    private int SkipRelatedLinks(List<(int Start, int Length)> lines, string text, int i)
    {
        var taken = 0;
        var j = i + 1;
        while (j < lines.Count && taken < MaxRelatedLinks)
        {
            var line = Slice(text, lines[j]).Trim();
            if (line.Length == 0) { j++; continue; }
            if (line.Length > MaxTitleLength || line[^1] is '.' or '!' or '?' or '"' or '”') break;
            taken++;
            j++;
        }
        return j - 1;
    }

    private static int NextNonBlank(List<(int Start, int Length)> lines, string text, int i)
    {
        while (i < lines.Count && Slice(text, lines[i]).IsWhiteSpace()) i++;
        return i;
    }

    private static ReadOnlySpan<char> Slice(string text, (int Start, int Length) r) => text.AsSpan(r.Start, r.Length);

    private static int LeadingSpace(string text, int start)
    {
        var n = 0;
        while (start + n < text.Length && char.IsWhiteSpace(text[start + n])) n++;
        return n;
    }

    private static (int Start, int Length) TrimRange(string text, int start, int length)
    {
        while (length > 0 && char.IsWhiteSpace(text[start])) { start++; length--; }
        while (length > 0 && char.IsWhiteSpace(text[start + length - 1])) length--;
        return (start, length);
    }

    /// <summary>Line ranges, without their terminators ("\n", "\r\n", "\r", U+2028, U+2029).</summary>
    internal static List<(int Start, int Length)> SplitLines(string text)
    {
        var result = new List<(int, int)>();
        var start = 0;
        for (var k = 0; k < text.Length; k++)
        {
            var c = text[k];
            if (c is not ('\n' or '\r' or '\u2028' or '\u2029')) continue;
            result.Add((start, k - start));
            if (c == '\r' && k + 1 < text.Length && text[k + 1] == '\n') k++;
            start = k + 1;
        }
        if (start < text.Length) result.Add((start, text.Length - start));
        return result;
    }

    private static int CountWords(string s)
    {
        var n = 0;
        var inWord = false;
        foreach (var c in s)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord) n++;
            inWord = letter;
        }
        return n;
    }
}
