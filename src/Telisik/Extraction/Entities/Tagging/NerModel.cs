using System.Text;
using Telisik.Language;

namespace Telisik.Extraction.Entities.Tagging;

/// <summary>
/// The tagger's weights: per <see cref="NerDomain"/>, one row of <see cref="NerLabels.Count"/> scores per hashed
/// feature bucket, padded to <see cref="RowWidth"/> so a row is one 256-bit vector. A feature's shared copy and its
/// domain copy live in the same bucket of two tables, so loading folds them into one table per domain and
/// tagging reads one row per feature. On disk (<c>models/ner.bin</c>): the magic <c>TNER</c>, a version byte,
/// the bucket bits, the label count, the domain count, then per domain (shared first) the number of non-zero
/// rows and each row as the gap from the previous row (7-bit varint) and its scores as half-precision floats.
/// Immutable once built.
/// </summary>
public sealed class NerModel
{
    /// <summary>Floats per row in memory (labels padded to a vector).</summary>
    public const int RowWidth = 8;

    /// <summary>Number of domains, <see cref="NerDomain.General"/> included.</summary>
    public const int DomainCount = 4;

    /// <summary>Embedded name of the shipped model.</summary>
    public const string ShippedName = "models/ner.bin";

    private const byte Version = 2;
    private static ReadOnlySpan<byte> Magic => "TNER"u8;

    private readonly float[][]? _tables;
    private readonly float[][] _folded;

    /// <summary>
    /// Wraps weight tables laid out as <c>2^bits</c> rows of <see cref="RowWidth"/> floats: the shared table, then one
    /// per domain holding only that domain's copies (<see cref="DomainCount"/> tables in all).
    /// </summary>
    public NerModel(int bits, float[][] tables) : this(bits, tables, keepTables: true)
    {
    }

    // A loaded model keeps only the folded tables: the raw ones would double its memory for nothing but Save.
    private NerModel(int bits, float[][] tables, bool keepTables)
    {
        if (bits is < 8 or > 24) throw new ArgumentOutOfRangeException(nameof(bits));
        if (tables.Length != DomainCount || tables.Any(t => t.Length != (1 << bits) * RowWidth))
            throw new ArgumentException("Tables do not match the bucket bits and domain count.", nameof(tables));
        Bits = bits;
        _folded = new float[DomainCount][];
        for (var d = DomainCount - 1; d >= 0; d--)
        {
            var folded = d == 0 ? tables[0] : keepTables ? (float[])tables[d].Clone() : tables[d];
            if (d > 0)
            {
                var shared = tables[0];
                for (var k = 0; k < folded.Length; k++) folded[k] += shared[k];
            }
            _folded[d] = folded;
        }
        _tables = keepTables ? tables : null;
    }

    /// <summary>Number of hash bits: the model has <c>2^Bits</c> feature buckets per table.</summary>
    public int Bits { get; }

    /// <summary>The weights to tag with in <paramref name="domain"/>: shared plus that domain's copies, row-major.</summary>
    public ReadOnlySpan<float> Weights(NerDomain domain) => _folded[(int)domain];

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
        var domains = reader.ReadByte();
        if (labels != NerLabels.Count || domains != DomainCount || bits is < 8 or > 24)
            throw new InvalidDataException("NER model header is inconsistent.");
        var tables = new float[DomainCount][];
        for (var d = 0; d < DomainCount; d++)
        {
            var weights = tables[d] = new float[(1 << bits) * RowWidth];
            var rows = reader.ReadInt32();
            var row = -1;
            for (var r = 0; r < rows; r++)
            {
                row += (int)reader.Read7BitEncodedInt64();
                if ((uint)row >= 1u << bits) throw new InvalidDataException("NER model row out of range.");
                for (var l = 0; l < labels; l++) weights[row * RowWidth + l] = (float)BitConverter.UInt16BitsToHalf(reader.ReadUInt16());
            }
        }
        return new NerModel(bits, tables, keepTables: false);
    }

    /// <summary>Writes a model built from its tables (a trained one); the same weights always produce the same bytes.</summary>
    /// <exception cref="InvalidOperationException">The model was loaded: it holds folded weights only.</exception>
    public void Save(Stream stream)
    {
        if (_tables is null) throw new InvalidOperationException("A loaded NER model keeps folded weights only and cannot be saved again.");
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write((byte)Bits);
        writer.Write((byte)NerLabels.Count);
        writer.Write((byte)DomainCount);
        foreach (var weights in _tables)
        {
            var nonZero = new List<int>();
            for (var row = 0; row < 1 << Bits; row++)
            {
                for (var l = 0; l < NerLabels.Count; l++)
                    if ((Half)weights[row * RowWidth + l] != Half.Zero) { nonZero.Add(row); break; }
            }
            writer.Write(nonZero.Count);
            var previous = -1;
            foreach (var row in nonZero)
            {
                writer.Write7BitEncodedInt64(row - previous);
                previous = row;
                for (var l = 0; l < NerLabels.Count; l++) writer.Write(BitConverter.HalfToUInt16Bits((Half)weights[row * RowWidth + l]));
            }
        }
    }
}
