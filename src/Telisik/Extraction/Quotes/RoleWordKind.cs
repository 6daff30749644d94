namespace Telisik.Extraction.Quotes;

/// <summary>The part a word plays in a speaker's role (the kind column of speaker-roles.txt).</summary>
public enum RoleWordKind
{
    /// <summary>Not a role word.</summary>
    None,
    /// <summary>May start a role: Presiden, Menteri, Juru [Bicara], peneliti, pejabat, spokesman.</summary>
    Title,
    /// <summary>Belongs inside a role, never to a name: Pertahanan, Nasional, AS, senior.</summary>
    Part,
    /// <summary>A determiner before an unnamed speaker: seorang, para, a, the.</summary>
    Determiner,
}
