using System.Globalization;
using Telisik.Language;

namespace Telisik.Extraction.Scanning;

/// <summary>Reads tab-separated language tables from <c>languages/</c>, failing with the file and line on bad data.</summary>
internal static class DataTables
{
    /// <summary>The rows of a table: each line split on tabs, checked to have at least <paramref name="minColumns"/>.</summary>
    public static IEnumerable<string[]> Rows(string name, int minColumns)
    {
        var n = 0;
        foreach (var line in LanguageData.ReadLines(name))
        {
            n++;
            var cols = line.Split('\t', StringSplitOptions.TrimEntries);
            if (cols.Length < minColumns)
                throw new InvalidDataException($"{name}: entry {n} ('{line}') needs {minColumns} tab-separated columns.");
            yield return cols;
        }
    }

    /// <summary>A number column, invariant culture.</summary>
    public static double Number(string name, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw new InvalidDataException($"{name}: '{value}' is not a number.");

    /// <summary>The path of a language file, e.g. <c>languages/id/months.txt</c>.</summary>
    public static string Path(string language, string file) => $"languages/{language}/{file}";

    /// <summary>The language pack to use for an article's language ("en" → en, anything else → id).</summary>
    public static string PackFor(string? language) => language == "en" ? "en" : "id";
}
