namespace Telisik.Language;

public sealed partial class IndonesianStemmer
{
    /// <summary>A prefix type, with the Hunspell family letter a root must carry to accept it.</summary>
    private enum Prefix : byte { Di, Ke, Se, Ku, Ber, Ter, Me, Pe, Per }

    private static char Family(Prefix p) => p switch
    {
        Prefix.Di => 'D', Prefix.Ke => 'K', Prefix.Se => 'S', Prefix.Ku => 'O', Prefix.Ber => 'B',
        Prefix.Ter => 'T', Prefix.Me => 'M', Prefix.Pe => 'P', _ => 'R',
    };

    /// <summary>ECS: confixes that do not exist (be-…-i, di-…-an, ke-…-i, ke-…-kan, me-…-an, se-…-i, se-…-kan, te-…-an).</summary>
    private static bool IsValidConfix(Prefix outer, string suffix) => (outer, suffix) switch
    {
        (Prefix.Ber, "i") or (Prefix.Di, "an") or (Prefix.Ke, "i") or (Prefix.Ke, "kan") or (Prefix.Me, "an")
            or (Prefix.Se, "i") or (Prefix.Se, "kan") or (Prefix.Ter, "an") => false,
        _ => true,
    };

    /// <summary>Only these stand inside another prefix: memper-, diper-, keber-, keter-, kese-, berpe-.</summary>
    private static bool CanBeInner(Prefix p) => p is Prefix.Per or Prefix.Pe or Prefix.Ber or Prefix.Ter or Prefix.Ke or Prefix.Se;

    /// <summary>
    /// Breadth-first over up to three prefix layers of <paramref name="word"/>. Returns a root that accepts its
    /// innermost prefix; remembers a lexicon root that does not in <paramref name="fallback"/> (the first word that
    /// yields one). When one word yields several such roots through different recodings (meng+alah, meng+kalah),
    /// news text chooses (see <see cref="Rival"/>).
    /// </summary>
    private string? StripPrefixes(string word, string suffix, ref string? fallback)
    {
        var frontier = new List<(string Word, Prefix Outer, Prefix Last, int Used)> { (word, default, default, 0) };
        var alternatives = new List<(string Remainder, Prefix Type)>(4);
        for (var layer = 0; layer < 3 && frontier.Count > 0; layer++)
        {
            var next = new List<(string, Prefix, Prefix, int)>();
            foreach (var (w, outerSoFar, _, used) in frontier)
            {
                alternatives.Clear();
                Alternatives(w, alternatives);
                var licensed = new Rival();
                var unlicensed = new Rival();
                foreach (var (rest, type) in alternatives)
                {
                    if (rest.Length < 2 || (used & (1 << (int)type)) != 0) continue;
                    if (layer > 0 && !CanBeInner(type)) continue;
                    var outer = layer == 0 ? type : outerSoFar;
                    if (!IsValidConfix(outer, suffix)) continue;
                    if (rest.Length >= MinRootLength && _lexicon.Contains(rest))
                    {
                        if (_lexicon.Accepts(rest, Family(type)) || (type == Prefix.Per && _lexicon.Accepts(rest, 'P'))) licensed.Offer(rest, _frequencies);
                        else unlicensed.Offer(rest, _frequencies);
                    }
                    next.Add((rest, outer, type, used | (1 << (int)type)));
                }
                if (licensed.Root is not null) return licensed.Root;
                fallback ??= unlicensed.Root;
            }
            frontier = next;
        }
        return null;
    }

    /// <summary>
    /// The reading chosen among rival roots of one word, offered in rule order. A later rival replaces it only when
    /// news text says so: it is used more often in the passive (dikalahkan, not dialahkan: mengalahkan is kalah), or
    /// the current one was never seen and the rival was (beragam is ragam: agam does not occur). Otherwise rule order
    /// stands (mengarungi stays arung although karung "sack" is the commoner word).
    /// </summary>
    private struct Rival
    {
        public string? Root;
        private RootCount _count;

        public void Offer(string root, RootFrequencies frequencies)
        {
            if (Root == root) return;
            var count = frequencies.Of(root);
            if (Root is null || count.Passive > _count.Passive || (!_count.Seen && count.Seen)) (Root, _count) = (root, count);
        }
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>One vowel letter in at least three letters: the roots that take menge- (bom, cat, cek, sah, tes).</summary>
    private static bool IsMonosyllable(ReadOnlySpan<char> w) => w.Length >= 3 && w.Count('a') + w.Count('e') + w.Count('i') + w.Count('o') + w.Count('u') == 1;

    /// <summary>The ways <paramref name="w"/> may lose one prefix, most regular first (Sastrawi's rules 1–42, loosened).</summary>
    private static void Alternatives(string w, List<(string Remainder, Prefix Type)> into)
    {
        if (w.Length < 4) return;
        var s = w.AsSpan();
        if (s.StartsWith("di")) into.Add((w[2..], Prefix.Di));
        if (s.StartsWith("ke")) into.Add((w[2..], Prefix.Ke));
        if (s.StartsWith("se")) into.Add((w[2..], Prefix.Se));
        if (s.StartsWith("kau")) into.Add((w[3..], Prefix.Ku));
        else if (s.StartsWith("ku")) into.Add((w[2..], Prefix.Ku));

        if (s.StartsWith("ber"))
        {
            into.Add((w[3..], Prefix.Ber));
            if (IsVowel(w[3])) into.Add(("r" + w[3..], Prefix.Ber));       // be-rV: berantai → rantai
        }
        else if (s.StartsWith("belajar")) into.Add((w[3..], Prefix.Ber));
        else if (s.StartsWith("be") && w.Length > 5 && w.AsSpan(3, 2).SequenceEqual("er")) into.Add((w[2..], Prefix.Ber)); // bekerja

        if (s.StartsWith("ter"))
        {
            into.Add((w[3..], Prefix.Ter));
            if (IsVowel(w[3])) into.Add(("r" + w[3..], Prefix.Ter));
        }
        else if (s.StartsWith("te") && w.Length > 5 && w.AsSpan(3, 2).SequenceEqual("er")) into.Add((w[2..], Prefix.Ter));

        if (s.StartsWith("me")) Nasal(w, 2, Prefix.Me, into);
        if (s.StartsWith("pe"))
        {
            if (s.StartsWith("per"))
            {
                into.Add((w[3..], Prefix.Per));
                if (IsVowel(w[3])) into.Add(("r" + w[3..], Prefix.Pe));     // pe-rusak
            }
            else if (s.StartsWith("pelajar")) into.Add((w[3..], Prefix.Pe));
            Nasal(w, 2, Prefix.Pe, into);
            var c = w[2];
            if (!IsVowel(c) && c is not ('r' or 'w' or 'y' or 'l' or 'm' or 'n')) into.Add((w[2..], Prefix.Pe)); // pekerja, petani
        }
    }

    /// <summary>meN-/peN- with the nasal's recoding: meng+V / meng+kV, meny+s, men+t, mem+p, me+l/r/w/y/m/n.</summary>
    private static void Nasal(string w, int at, Prefix type, List<(string Remainder, Prefix Type)> into)
    {
        var r = w.AsSpan(at);
        if (r.StartsWith("ng") && w.Length > at + 2)
        {
            var rest = w[(at + 2)..];
            var c = rest[0];
            if (c is 'g' or 'h' or 'q' or 'k') into.Add((rest, type));
            else if (IsVowel(c))
            {
                into.Add((rest, type));
                into.Add(("k" + rest, type));
                if (c == 'e' && IsMonosyllable(rest.AsSpan(1))) into.Add((rest[1..], type)); // menge-: mengebom → bom, not mengeluarkan → luar
            }
        }
        else if (r.StartsWith("ny") && w.Length > at + 2 && IsVowel(w[at + 2]))
        {
            into.Add(("s" + w[(at + 2)..], type));
        }
        else if (r.StartsWith("n") && w.Length > at + 1)
        {
            var rest = w[(at + 1)..];
            var c = rest[0];
            if (c is 'c' or 'd' or 'j' or 's' or 't' or 'z') into.Add((rest, type));
            else if (IsVowel(c)) { into.Add(("n" + rest, type)); into.Add(("t" + rest, type)); }
        }
        else if (r.StartsWith("m") && w.Length > at + 1)
        {
            var rest = w[(at + 1)..];
            var c = rest[0];
            if (c is 'b' or 'f' or 'v' or 'p') into.Add((rest, type));
            else if (IsVowel(c) || (c == 'r' && rest.Length > 1 && IsVowel(rest[1]))) { into.Add(("m" + rest, type)); into.Add(("p" + rest, type)); }
        }
        if (w.Length > at + 1 && w[at] is 'l' or 'r' or 'w' or 'y' or 'm' or 'n') into.Add((w[at..], type)); // melihat, menyanyi, menganga
    }
}
