using Telisik.Language;

namespace Telisik.Lexicon;

/// <summary>
/// Lists the roots of the lexicon that have the shape of an infixed or Ce-reduplicated word whose base is also a
/// root (kinerja: k-in-erja, kerja; kelas: k-el-as, kas), marking those <c>languages/id/infixed-words.txt</c> lists.
/// Most are unrelated roots, which is why the stemmer reduces only listed words: read this to extend the list.
/// </summary>
internal static class InfixCandidates
{
    public static int Run()
    {
        var lexicon = RootLexicon.Indonesian;
        var listed = InfixedWords.Indonesian;
        var roots = LanguageData.ReadLines("languages/id/root-words.txt").Select(l => l.Split('/')[0]);
        var candidates = roots
            .Select(w => (Word: w, Bases: InfixedWords.Candidates(w).Where(b => lexicon.Contains(b)).ToList()))
            .Where(c => c.Bases.Count > 0).ToList();
        foreach (var (word, bases) in candidates)
            Console.WriteLine($"{(listed.RootsOf(word).Length > 0 ? "listed" : "-")}\t{word}\t{string.Join(' ', bases)}");
        Console.WriteLine($"{candidates.Count} candidates in the lexicon, {candidates.Count(c => listed.RootsOf(c.Word).Length > 0)} "
            + $"of them listed; {listed.Count} words listed in all (the others are not lexicon entries themselves).");
        return 0;
    }
}
