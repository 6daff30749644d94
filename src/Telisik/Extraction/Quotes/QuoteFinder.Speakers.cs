namespace Telisik.Extraction.Quotes;

// Speaker resolution in text order: names to the full name introduced earlier, pronouns and "-nya" to the last
// person quoted (else the last person named), unnamed speakers to their role, unattributed quotes to the speaker of
// the quote just before them ("“A,” kata X. “B.”").
public sealed partial class QuoteFinder
{
    private static readonly string[] RoleDeterminers = ["seorang ", "para ", "sejumlah ", "salah satu ", "a ", "an ", "the ", "one "];

    private List<Quote> Resolve(Context doc, List<QuoteCandidate> candidates, SpeakerMemory memory)
    {
        var text = doc.Text;
        var quotes = new List<Quote>(candidates.Count);
        (string Name, string? Role, int Paragraph)? last = null;
        SpeakerMemory.Person? lastPerson = null;
        foreach (var c in candidates)
        {
            string? speaker = null, role = null;
            var paragraph = doc.ParagraphOf(c.Start);
            var phrase = c.Speaker;
            var position = c.HasCue ? c.CueStart : c.Start;
            if (phrase is { IsPronoun: true })
            {
                // The pronoun stands for whoever was named last: the last person quoted, unless someone else has
                // since been named as the subject of a sentence.
                // Names inside the quote itself are not its speaker: look before the quote (or the cue).
                var mentioned = memory.LastPersonBefore(Math.Min(position, c.Start));
                var person = lastPerson is { } lp && (mentioned is not { } m || m.Position <= lp.Position) ? lastPerson : mentioned;
                person ??= memory.LastPersonBefore(Math.Min(position, c.Start), allowOneWord: true);
                if (person is { } p)
                {
                    (speaker, role) = (p.Name, p.Role);
                    lastPerson = p with { Position = position };
                }
                else if (phrase.Role is { } description)
                {
                    // "Sumber tersebut mengatakan …" with no person named before: the description is all we have.
                    (speaker, role) = (description, StripDeterminer(description));
                }
            }
            else if (phrase?.Name is { } name)
            {
                speaker = memory.Resolve(name, phrase.NameStart);
                // A lone abbreviation ("KSAD") may be the role of a person named earlier.
                if (speaker == name && !name.Contains(' ') && memory.PersonWithRole(name, phrase.NameStart) is { } titled) speaker = titled;
                role = phrase.Role ?? memory.RoleOf(speaker, c.Start);
                memory.Add(speaker, role, phrase.NameStart);
                lastPerson = new SpeakerMemory.Person(speaker, role, position);
            }
            else if (phrase?.Role is { } unnamed)
            {
                if (memory.PersonWithRole(unnamed, position) is { } known)
                {
                    // "Menaker" after "Menaker Hanif": the role names a person introduced earlier.
                    speaker = known;
                    role = memory.RoleOf(known, position);
                    lastPerson = new SpeakerMemory.Person(speaker, role, position);
                }
                else
                {
                    speaker = unnamed;
                    role = StripDeterminer(unnamed);
                }
            }
            else if (last is { } l && paragraph - l.Paragraph <= InheritParagraphs)
            {
                (speaker, role) = (l.Name, l.Role);
            }
            if (speaker is not null) last = (speaker, role, paragraph);
            string? cue = c.HasCue ? text[c.CueStart..c.CueEnd] : null;
            quotes.Add(new Quote(c.Kind, text[c.Start..c.End], c.Start, c.End, speaker, role, cue,
                c.HasCue ? c.CueStart : null, c.HasCue ? c.CueEnd : null));
        }
        return quotes;
    }

    private static string StripDeterminer(string role)
    {
        foreach (var d in RoleDeterminers)
            if (role.StartsWith(d, StringComparison.OrdinalIgnoreCase) && role.Length > d.Length) return role[d.Length..];
        return role;
    }
}
