using Telisik.Lexicon;

// Telisik.Lexicon: builds the Indonesian root-word list and evaluates the language core.
//   dotnet run --project tools/Telisik.Lexicon -- build [--shared DIR] [--out languages/id/root-words.txt]
//   dotnet run --project tools/Telisik.Lexicon -- eval  [--shared DIR]
//   dotnet run -c Release --project tools/Telisik.Lexicon -- throughput [--shared DIR]
//   dotnet run -c Release --project tools/Telisik.Lexicon -- stems --out FILE [--diff OLDFILE] [--shared DIR]
//   dotnet run --project tools/Telisik.Lexicon -- frequencies [--shared DIR] [--out languages/id/root-frequencies.txt]
//   dotnet run --project tools/Telisik.Lexicon -- infixes
//   dotnet run --project tools/Telisik.Lexicon -- profiles [--shared DIR] [--textcat /usr/share/libexttextcat] [--out languages/ngram-profiles.txt]
var command = args.Length > 0 ? args[0] : "help";
var shared = Option("--shared") ?? FindShared();
switch (command)
{
    case "build":
    {
        if (!RequireShared()) return 2;
        var dic = Path.Combine(shared!, "data/hunspell-id/id_ID.dic");
        var aff = Path.Combine(shared!, "data/hunspell-id/id_ID.aff");
        var output = Option("--out") ?? Path.Combine(FindRepoRoot(), "languages/id/root-words.txt");
        var affixes = HunspellAffixes.Parse(File.ReadLines(aff, System.Text.Encoding.Latin1));
        var (roots, dropped) = LexiconBuilder.Build(File.ReadLines(dic, System.Text.Encoding.Latin1), affixes);
        using (var w = new StreamWriter(output) { NewLine = "\n" })
        {
            w.WriteLine("# Indonesian root words for the stemmer. Derived by tools/Telisik.Lexicon from the Hunspell");
            w.WriteLine("# id_ID.dic (LGPL-3, Copyright 2017 Ali Ahmadi, LibreOffice dictionaries): lower-case entries");
            w.WriteLine("# that are not affixed forms of another entry. See languages/NOTICE.md. Do not edit by hand.");
            foreach (var r in roots) w.WriteLine(r);
        }
        Console.WriteLine($"{roots.Count} roots written to {output}; {dropped.Count} derived entries dropped.");
        if (args.Contains("--show-dropped")) foreach (var d in dropped) Console.WriteLine("  dropped " + d);
        return 0;
    }
    case "eval":
        if (!RequireShared()) return 2;
        return Evaluation.Run(shared!);
    case "throughput":
        if (!RequireShared()) return 2;
        return Throughput.Run(shared!);
    case "frequencies":
        if (!RequireShared()) return 2;
        return RootFrequencyBuilder.Run(shared!, Option("--out") ?? Path.Combine(FindRepoRoot(), "languages/id/root-frequencies.txt"));
    case "profiles":
        if (!RequireShared()) return 2;
        return ProfileBuilder.Run(shared!, Option("--textcat") ?? "/usr/share/libexttextcat",
            Option("--out") ?? Path.Combine(FindRepoRoot(), "languages/ngram-profiles.txt"));
    case "infixes":
        return InfixCandidates.Run();
    case "stems":
        if (!RequireShared()) return 2;
        return StemDump.Run(shared!, Option("--out") ?? "stems.tsv", Option("--diff"));
    default:
        Console.WriteLine("usage: build [--shared DIR] [--out FILE] [--show-dropped] | eval [--shared DIR] | throughput [--shared DIR] | stems --out FILE [--diff OLDFILE] [--shared DIR] | frequencies [--shared DIR] [--out FILE] | infixes | profiles [--shared DIR] [--textcat DIR] [--out FILE]");
        return command == "help" ? 0 : 1;
}

string? Option(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

bool RequireShared()
{
    if (shared is not null && Directory.Exists(Path.Combine(shared, "data"))) return true;
    Console.Error.WriteLine("The shared data folder (../shared/data beside the project) is absent; pass --shared DIR. Nothing was done.");
    return false;
}

static string FindRepoRoot()
{
    for (var d = new DirectoryInfo(Directory.GetCurrentDirectory()); d is not null; d = d.Parent)
        if (File.Exists(Path.Combine(d.FullName, "Telisik.sln"))) return d.FullName;
    return Directory.GetCurrentDirectory();
}

static string? FindShared()
{
    for (var d = new DirectoryInfo(FindRepoRoot()); d is not null; d = d.Parent)
    {
        var candidate = Path.Combine(d.FullName, "shared");
        if (Directory.Exists(Path.Combine(candidate, "data"))) return candidate;
    }
    return null;
}
