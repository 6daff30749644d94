namespace Telisik.Eval.Quotes;

/// <summary>Finds the repository root and the shared data folder (absent in a user's clone).</summary>
internal static class Paths
{
    public static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Telisik.sln"))) return dir.FullName;
        throw new InvalidOperationException("Run from inside the Telisik repository (Telisik.sln not found).");
    }

    /// <summary>TELISIK_SHARED, else ../shared/data beside the repository, else null.</summary>
    public static string? FindShared(string root)
    {
        var env = Environment.GetEnvironmentVariable("TELISIK_SHARED");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return env;
        var beside = Path.GetFullPath(Path.Combine(root, "..", "shared", "data"));
        return Directory.Exists(beside) ? beside : null;
    }

    public static int Absent()
    {
        Console.WriteLine("!! shared data folder absent (../shared/data or TELISIK_SHARED): IndoSum gold, seeds and throughput skipped.");
        return 0;
    }
}
