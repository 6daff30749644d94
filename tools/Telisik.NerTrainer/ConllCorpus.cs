using Telisik.Extraction.Entities;
using Telisik.Extraction.Entities.Tagging;

namespace Telisik.NerTrainer;

/// <summary>
/// The three Indonesian NER corpora and how their tag sets map to PER/ORG/LOC: NERGrit (PERSON, PLACE,
/// ORGANISATION), NERP (PPL, PLC, IND; EVT and FNB dropped; lower-cased text) and idner-news-2k (PER, LOC, ORG).
/// </summary>
internal sealed record ConllCorpus(string Name, string Folder, string Train, string Valid, string Test, bool Cased, NerDomain Domain)
{
    /// <summary>The corpora below <c>shared/data/ner</c>.</summary>
    public static IReadOnlyList<ConllCorpus> All { get; } =
    [
        new("idner-news-2k", "idner-news-2k", "train.txt", "dev.txt", "test.txt", Cased: true, NerDomain.News),
        new("NERGrit", "indonlu/dataset/nergrit_ner-grit", "train_preprocess.txt", "valid_preprocess.txt", "test_preprocess.txt", Cased: true, NerDomain.Encyclopedic),
        new("NERP", "indonlu/dataset/nerp_ner-prosa", "train_preprocess.txt", "valid_preprocess.txt", "test_preprocess.txt", Cased: false, NerDomain.Lowercase),
    ];

    /// <summary>Reads one split: a token per line, the tag in the last column, a blank line between sentences.</summary>
    public List<TaggedSentence> Read(string root, string split)
    {
        var sentences = new List<TaggedSentence>();
        var words = new List<string>();
        var labels = new List<NerLabel>();
        foreach (var raw in File.ReadLines(Path.Combine(root, Folder, split)))
        {
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0)
            {
                Flush();
                continue;
            }
            var parts = line.Split(['\t', ' '], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2) continue;
            words.Add(parts[0]);
            labels.Add(Map(parts[^1]));
        }
        Flush();
        return sentences;

        void Flush()
        {
            if (words.Count > 0) sentences.Add(TaggedSentence.From(words, labels, Cased, Domain));
            words.Clear();
            labels.Clear();
        }
    }

    private static NerLabel Map(string tag)
    {
        if (tag == "O" || tag.Length < 3) return NerLabel.O;
        var prefix = tag[..2];
        var type = tag[2..] switch
        {
            "PER" or "PERSON" or "PPL" => "PER",
            "ORG" or "ORGANISATION" or "IND" => "ORG",
            "LOC" or "PLACE" or "PLC" => "LOC",
            _ => null, // EVT, FNB: not entities Telisik tracks
        };
        return type is null ? NerLabel.O : NerLabels.Parse(prefix + type) ?? NerLabel.O;
    }
}
