namespace Telisik.Language;

/// <summary>The mutable word the Porter2 steps work on, with its regions R1 and R2.</summary>
internal sealed class Porter2Word
{
    private readonly char[] _b;
    private int _len;
    private readonly int _r1;
    private readonly int _r2;

    public Porter2Word(string word)
    {
        var s = word.StartsWith('\'') ? word[1..] : word;
        _b = s.ToCharArray();
        _len = _b.Length;
        // Y marks a consonant y: at the start or after a vowel.
        for (var i = 0; i < _len; i++)
            if (_b[i] == 'y' && (i == 0 || IsVowel(_b[i - 1]))) _b[i] = 'Y';
        _r1 = R1Start();
        _r2 = NextRegion(_r1);
    }

    public int Length => _len;

    public override string ToString() => new string(_b, 0, _len).Replace('Y', 'y');

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private int R1Start()
    {
        var s = new string(_b, 0, _len);
        foreach (var p in (ReadOnlySpan<string>)["gener", "commun", "arsen"])
            if (s.StartsWith(p, StringComparison.Ordinal)) return p.Length;
        return NextRegion(0);
    }

    /// <summary>The region after the first non-vowel following a vowel, from <paramref name="from"/>.</summary>
    private int NextRegion(int from)
    {
        for (var i = from + 1; i < _len; i++)
            if (!IsVowel(_b[i]) && IsVowel(_b[i - 1])) return i + 1;
        return _len;
    }

    private bool EndsWith(string s) => _len >= s.Length && _b.AsSpan(_len - s.Length, s.Length).SequenceEqual(s);

    private void Replace(int suffixLength, string with)
    {
        _len -= suffixLength;
        foreach (var c in with) _b[_len++] = c; // never longer than the word it replaces
    }

    private bool InR1(int suffixLength) => _len - suffixLength >= _r1;
    private bool InR2(int suffixLength) => _len - suffixLength >= _r2;

    private bool HasVowelBefore(int end)
    {
        for (var i = 0; i < end; i++) if (IsVowel(_b[i])) return true;
        return false;
    }

    /// <summary>A short syllable ends at <paramref name="end"/> (exclusive).</summary>
    private bool EndsWithShortSyllable(int end)
    {
        if (end == 2) return IsVowel(_b[0]) && !IsVowel(_b[1]);
        if (end < 3) return false;
        char a = _b[end - 3], v = _b[end - 2], c = _b[end - 1];
        return !IsVowel(a) && IsVowel(v) && !IsVowel(c) && c is not ('w' or 'x' or 'Y');
    }

    private bool IsShort() => _r1 >= _len && EndsWithShortSyllable(_len);

    private string? Longest(ReadOnlySpan<string> suffixes)
    {
        string? best = null;
        foreach (var s in suffixes)
            if ((best is null || s.Length > best.Length) && EndsWith(s)) best = s;
        return best;
    }

    public void Step0()
    {
        var s = Longest(["'s'", "'s", "'"]);
        if (s is not null) _len -= s.Length;
    }

    public void Step1a()
    {
        if (EndsWith("sses")) { Replace(4, "ss"); return; }
        if (EndsWith("ied") || EndsWith("ies")) { Replace(3, _len > 4 ? "i" : "ie"); return; }
        if (EndsWith("us") || EndsWith("ss")) return;
        if (EndsWith("s") && _len >= 2 && HasVowelBefore(_len - 2)) _len--;
    }

    public void Step1b()
    {
        var s = Longest(["eed", "eedly", "ed", "edly", "ing", "ingly"]);
        if (s is null) return;
        if (s is "eed" or "eedly")
        {
            if (InR1(s.Length)) Replace(s.Length, "ee");
            return;
        }
        if (!HasVowelBefore(_len - s.Length)) return;
        _len -= s.Length;
        if (EndsWith("at") || EndsWith("bl") || EndsWith("iz")) Replace(0, "e");
        else if (_len >= 2 && _b[_len - 1] == _b[_len - 2] && _b[_len - 1] is 'b' or 'd' or 'f' or 'g' or 'm' or 'n' or 'p' or 'r' or 't') _len--;
        else if (IsShort()) Replace(0, "e");
    }

    public void Step1c()
    {
        if (_len > 2 && _b[_len - 1] is 'y' or 'Y' && !IsVowel(_b[_len - 2])) _b[_len - 1] = 'i';
    }

    public void Step2()
    {
        var s = Longest(["tional", "enci", "anci", "abli", "entli", "izer", "ization", "ational", "ation", "ator", "alism",
            "aliti", "alli", "fulness", "ousli", "ousness", "iveness", "iviti", "biliti", "bli", "ogi", "fulli", "lessli", "li"]);
        if (s is null || !InR1(s.Length)) return;
        switch (s)
        {
            case "tional": Replace(6, "tion"); break;
            case "enci": Replace(4, "ence"); break;
            case "anci": Replace(4, "ance"); break;
            case "abli": Replace(4, "able"); break;
            case "entli": Replace(5, "ent"); break;
            case "izer": case "ization": Replace(s.Length, "ize"); break;
            case "ational": case "ation": case "ator": Replace(s.Length, "ate"); break;
            case "alism": case "aliti": case "alli": Replace(s.Length, "al"); break;
            case "fulness": Replace(7, "ful"); break;
            case "ousli": case "ousness": Replace(s.Length, "ous"); break;
            case "iveness": case "iviti": Replace(s.Length, "ive"); break;
            case "biliti": case "bli": Replace(s.Length, "ble"); break;
            case "ogi": if (_len > 3 && _b[_len - 4] == 'l') Replace(3, "og"); break;
            case "fulli": Replace(5, "ful"); break;
            case "lessli": Replace(6, "less"); break;
            case "li": if (_len > 2 && _b[_len - 3] is 'c' or 'd' or 'e' or 'g' or 'h' or 'k' or 'm' or 'n' or 'r' or 't') _len -= 2; break;
        }
    }

    public void Step3()
    {
        var s = Longest(["tional", "ational", "alize", "icate", "iciti", "ical", "ful", "ness", "ative"]);
        if (s is null || !InR1(s.Length)) return;
        switch (s)
        {
            case "tional": Replace(6, "tion"); break;
            case "ational": Replace(7, "ate"); break;
            case "alize": Replace(5, "al"); break;
            case "icate": case "iciti": case "ical": Replace(s.Length, "ic"); break;
            case "ful": case "ness": _len -= s.Length; break;
            case "ative": if (InR2(5)) _len -= 5; break;
        }
    }

    public void Step4()
    {
        var s = Longest(["al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism", "ate", "iti",
            "ous", "ive", "ize", "ion"]);
        if (s is null || !InR2(s.Length)) return;
        if (s == "ion")
        {
            if (_len > 3 && _b[_len - 4] is 's' or 't') _len -= 3;
            return;
        }
        _len -= s.Length;
    }

    public void Step5()
    {
        if (EndsWith("e"))
        {
            if (InR2(1) || (InR1(1) && !EndsWithShortSyllable(_len - 1))) _len--;
        }
        else if (EndsWith("l") && InR2(1) && _len > 1 && _b[_len - 2] == 'l') _len--;
    }
}
