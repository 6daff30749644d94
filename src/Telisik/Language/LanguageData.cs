using System.Reflection;

namespace Telisik.Language;

/// <summary>
/// Reads the language packs and models embedded from <c>languages/</c> and <c>models/</c>. Data files are plain
/// UTF-8 text: one entry a line, '#' starts a comment, blank lines are ignored.
/// </summary>
public static class LanguageData
{
    private static readonly Assembly Assembly = typeof(LanguageData).Assembly;

    /// <summary>Opens an embedded data file, e.g. <c>languages/id/stopwords.txt</c>.</summary>
    /// <exception cref="InvalidDataException">The file is not in the build (a packaging bug).</exception>
    public static Stream Open(string name) =>
        Assembly.GetManifestResourceStream(name)
        ?? throw new InvalidDataException($"Language data '{name}' is missing from the Telisik assembly.");

    /// <summary>True when an embedded data file exists.</summary>
    public static bool Exists(string name) => Assembly.GetManifestResourceInfo(name) is not null;

    /// <summary>The entries of a list file: trimmed lines without comments and blanks.</summary>
    public static IEnumerable<string> ReadLines(string name)
    {
        using var reader = new StreamReader(Open(name));
        while (reader.ReadLine() is { } line)
        {
            var hash = line.IndexOf('#');
            var entry = (hash >= 0 ? line[..hash] : line).Trim();
            if (entry.Length > 0) yield return entry;
        }
    }
}
