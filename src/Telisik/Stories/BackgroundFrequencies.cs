using System.Globalization;
using Telisik.Language;

namespace Telisik.Stories;

/// <summary>
/// Background document frequencies of story terms and entities (<c>models/stories/frequencies.tsv</c>, derived from
/// IndoSum by <c>tools/Telisik.Frequencies</c>). A clusterer starts from them so that its first articles already weigh
/// a rare shared word above a common one; learned frequencies alone give every shared term weight 0 at first.
/// </summary>
public static class BackgroundFrequencies
{
    /// <summary>The shipped table's resource name.</summary>
    public const string Resource = "models/stories/frequencies.tsv";

    /// <summary>Frequencies for a new clusterer: the shipped table when present, else empty ones.</summary>
    /// <exception cref="InvalidDataException">The table is malformed.</exception>
    public static (DocumentFrequencies Terms, DocumentFrequencies Entities) Load()
    {
        var terms = new DocumentFrequencies();
        var entities = new DocumentFrequencies();
        if (!LanguageData.Exists(Resource)) return (terms, entities);
        long documents = 0;
        var t = new List<KeyValuePair<string, int>>();
        var e = new List<KeyValuePair<string, int>>();
        var lineNo = 0;
        foreach (var line in LanguageData.ReadLines(Resource))
        {
            lineNo++;
            var f = line.Split('\t');
            if (f is ["documents", var n] && long.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out documents)) continue;
            if (f.Length != 3 || !int.TryParse(f[2], NumberStyles.None, CultureInfo.InvariantCulture, out var df) || f[0] is not ("t" or "e"))
                throw new InvalidDataException($"{Resource}: entry {lineNo} is not 'documents<TAB>N' or 't|e<TAB>key<TAB>count': '{line}'");
            (f[0] == "t" ? t : e).Add(new(f[1], df));
        }
        terms.Load(documents, t);
        entities.Load(documents, e);
        return (terms, entities);
    }
}
