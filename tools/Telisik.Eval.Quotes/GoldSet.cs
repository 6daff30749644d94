using System.Text.Json;
using Telisik.Extraction.Quotes;

namespace Telisik.Eval.Quotes;

/// <summary>
/// eval/quotes.gold.jsonl: one line per hand-annotated IndoSum article, <c>{id, quotes:[{kind,start,end,speaker}]}</c>,
/// offsets into the record's <c>text</c>. The texts themselves are read from the shared IndoSum file.
/// </summary>
internal static class GoldSet
{
    public static List<EvalDoc> Load(string path, IEnumerable<IndoSumRecord> records)
    {
        var byId = records.ToDictionary(r => r.Id);
        var docs = new List<EvalDoc>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var json = JsonDocument.Parse(line);
            var id = json.RootElement.GetProperty("id").GetString()!;
            if (!byId.TryGetValue(id, out var record)) throw new InvalidDataException($"gold id '{id}' is not in IndoSum");
            var gold = new List<GoldQuote>();
            foreach (var q in json.RootElement.GetProperty("quotes").EnumerateArray())
            {
                var kind = q.GetProperty("kind").GetString() == "direct" ? QuoteKind.Direct : QuoteKind.Indirect;
                var start = q.GetProperty("start").GetInt32();
                var end = q.GetProperty("end").GetInt32();
                if (start < 0 || end > record.Text.Length || start >= end) throw new InvalidDataException($"{id}: bad span {start}-{end}");
                var speaker = q.TryGetProperty("speaker", out var s) ? s.GetString() : null;
                gold.Add(new GoldQuote(kind, start, end, string.IsNullOrEmpty(speaker) ? null : speaker));
            }
            docs.Add(new EvalDoc(id, record.Text, gold));
        }
        return docs;
    }
}
