namespace Telisik.Eval.Stories;

/// <summary>Where the shared data lies.</summary>
internal static class DataPaths
{
    public static string? Locate()
    {
        var env = Environment.GetEnvironmentVariable("TELISIK_DATA");
        if (env is not null && Directory.Exists(env)) return env;
        var dir = new DirectoryInfo(Directory.GetCurrentDirectory());
        for (; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(Path.Combine(candidate, "indosum"))) return candidate;
            candidate = Path.Combine(dir.FullName, "..", "shared", "data");
            if (Directory.Exists(Path.Combine(candidate, "indosum"))) return Path.GetFullPath(candidate);
        }
        return null;
    }

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Telisik.sln"))) return dir.FullName;
        return Directory.GetCurrentDirectory();
    }
}
