using System.Text;
using Telisik.Language;

namespace Telisik.Extraction.Entities.Tagging;

/// <summary>
/// The tagger's weights: one row of <see cref="NerLabels.Count"/> scores per hashed feature bucket, padded to
/// <see cref="RowWidth"/> so a row is one 256-bit vector. On disk (<c>models/ner.bin</c>): the magic
/// <c>TNER</c>, a version byte, the bucket bits, the label count, the number of non-zero rows, then for each row
/// the gap from the previous row (7-bit varint) and its scores as half-precision floats. Immutable once built.
/// </summary>
public sealed class NerModel
{
    /// <summary>Floats per row in memory (labels padded to a vector).</summary>
    public const int RowWidth = 8;

    /// <summary>Embedded name of the shipped model.</summary>
    public const string ShippedName = "models/ner.bin";

    private const byte Version = 1;
    private static ReadOnlySpan<byte> Magic => "TNER"u8;

    private readonly float[] _weights;
    private readonly uint _mask;

    /// <summary>Wraps weights laid out as <c>2^bits</c> rows of <see cref="RowWidth"/> floats.</summary>
    public NerModel(int bits, float[] weights)
    {
        if (bits is < 8 or > 26) throw new ArgumentOutOfRangeException(nameof(bits));
        if (weights.Length != (1 << bits) * RowWidth) throw new ArgumentException("Weights do not match the bucket bits.", nameof(weights));
        Bits = bits;
        _weights = weights;
        _mask = (1u << bits) - 1;
    }

    /// <summary>Number of hash bits: the model has <c>2^Bits</c> feature buckets.</summary>
    public int Bits { get; }

    /// <summary>The weights, row-major.</summary>
    public ReadOnlySpan<float> Weights => _weights;

    /// <summary>Offset of the row for a feature hash.</summary>
    public int RowOf(uint hash) => (int)(hash & _mask) * RowWidth;

    /// <summary>Loads the model shipped inside the engine.</summary>
    public static NerModel LoadShipped()
    {
        using var stream = LanguageData.Open(ShippedName);
        return Load(stream);
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a model of this version.</exception>
    public static NerModel Load(Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        var magic = reader.ReadBytes(4);
        if (!magic.AsSpan().SequenceEqual(Magic)) throw new InvalidDataException("Not a Telisik NER model (bad magic).");
        var version = reader.ReadByte();
        if (version != Version) throw new InvalidDataException($"NER model version {version} is not supported (expected {Version}).");
        var bits = reader.ReadByte();
        var labels = reader.ReadByte();
        if (labels != NerLabels.Count || bits is < 8 or > 26) throw new InvalidDataException("NER model header is inconsistent.");
        var weights = new float[(1 << bits) * RowWidth];
        var rows = reader.ReadInt32();
        var row = -1;
        for (var r = 0; r < rows; r++)
        {
            row += (int)reader.Read7BitEncodedInt64();
            if ((uint)row >= 1u << bits) throw new InvalidDataException("NER model row out of range.");
            for (var l = 0; l < labels; l++) weights[row * RowWidth + l] = (float)BitConverter.UInt16BitsToHalf(reader.ReadUInt16());
        }
        return new NerModel(bits, weights);
    }

    /// <summary>Writes the model; the same weights always produce the same bytes.</summary>
    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write((byte)Bits);
        writer.Write((byte)NerLabels.Count);
        var nonZero = new List<int>();
        for (var row = 0; row < 1 << Bits; row++)
        {
            for (var l = 0; l < NerLabels.Count; l++)
                if ((Half)_weights[row * RowWidth + l] != Half.Zero) { nonZero.Add(row); break; }
        }
        writer.Write(nonZero.Count);
        var previous = -1;
        foreach (var row in nonZero)
        {
            writer.Write7BitEncodedInt64(row - previous);
            previous = row;
            for (var l = 0; l < NerLabels.Count; l++) writer.Write(BitConverter.HalfToUInt16Bits((Half)_weights[row * RowWidth + l]));
        }
    }
}
