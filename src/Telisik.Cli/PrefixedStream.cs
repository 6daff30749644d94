namespace Telisik.Cli;

/// <summary>A read-only stream that yields bytes already read (a sniffed prefix) and then the rest of the source.</summary>
public sealed class PrefixedStream(byte[] prefix, int prefixLength, Stream rest) : Stream
{
    private int _position;

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_position < prefixLength)
        {
            var n = Math.Min(count, prefixLength - _position);
            Array.Copy(prefix, _position, buffer, offset, n);
            _position += n;
            return n;
        }
        return rest.Read(buffer, offset, count);
    }

    /// <inheritdoc />
    public override bool CanRead => true;
    /// <inheritdoc />
    public override bool CanSeek => false;
    /// <inheritdoc />
    public override bool CanWrite => false;
    /// <inheritdoc />
    public override long Length => throw new NotSupportedException();
    /// <inheritdoc />
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    /// <inheritdoc />
    public override void Flush() { }
    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException();
    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing) rest.Dispose();
        base.Dispose(disposing);
    }
}
