namespace Telisik.Language;

/// <summary>
/// How often a root was seen in news text: <see cref="Passive"/> in a di- form (dikalahkan, dikunjungi), which is
/// built on exactly the roots meN- and peN- take, without recoding them; <see cref="Written"/> as a word of its own,
/// in lower case.
/// </summary>
public readonly record struct RootCount(int Passive, int Written)
{
    /// <summary>True when the root was seen at all.</summary>
    public bool Seen => Passive > 0 || Written > 0;
}
