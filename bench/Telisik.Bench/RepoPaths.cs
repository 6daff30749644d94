namespace Telisik.Bench;

/// <summary>Finds the repository (the folder holding Telisik.sln) from wherever a benchmark process runs.</summary>
public static class RepoPaths
{
    /// <summary>The repository root: the first folder above the working directory or the binaries that holds Telisik.sln.</summary>
    public static string Root()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var d = new DirectoryInfo(start); d is not null; d = d.Parent)
                if (File.Exists(Path.Combine(d.FullName, "Telisik.sln"))) return d.FullName;
        return Directory.GetCurrentDirectory();
    }

    /// <summary>The IndoSum corpus beside the checkout (<c>../shared/data/indosum/articles.jsonl</c>).</summary>
    public static string IndoSum => Path.GetFullPath(Path.Combine(Root(), "..", "shared", "data", "indosum", "articles.jsonl"));

    /// <summary>The bundled sample articles.</summary>
    public static string Samples => Path.Combine(Root(), "samples", "articles");
}
