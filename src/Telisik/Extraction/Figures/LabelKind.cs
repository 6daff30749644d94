namespace Telisik.Extraction.Figures;

/// <summary>How a word before a number makes it a label rather than a figure.</summary>
internal enum LabelKind
{
    /// <summary>Any number after it ("pasal 12", "nomor 5").</summary>
    Always,

    /// <summary>An age word: also across a qualifier ("berusia lebih dari 64 tahun").</summary>
    Age,

    /// <summary>Only a bare number of one or two digits with nothing counted after it ("menyentuh angka 21 lebih dulu").</summary>
    Small,
}
