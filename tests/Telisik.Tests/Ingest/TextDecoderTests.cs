using System.Text;
using Telisik.Ingest;

namespace Telisik.Tests.Ingest;

public class TextDecoderTests
{
    [Fact]
    public void Utf8_with_bom_decodes_without_the_bom()
    {
        var d = TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Korea Utara")]);
        Assert.Equal("Korea Utara", d.Text);
        Assert.Equal("UTF-8", d.Encoding);
    }

    [Fact]
    public void Invalid_utf8_falls_back_to_windows_1252_with_curly_quotes()
    {
        // 0x93/0x94 are curly double quotes and 0x96 an en dash in Windows-1252, invalid as UTF-8.
        var d = TextDecoder.Decode([0x93, (byte)'K', (byte)'a', (byte)'m', (byte)'i', 0x94, (byte)' ', 0x96, (byte)' ', (byte)'c', (byte)'a', (byte)'f', 0xE9]);
        Assert.Equal("“Kami” – café", d.Text);
        Assert.Equal("Windows-1252", d.Encoding);
    }

    [Fact]
    public void Nul_bytes_are_rejected_as_binary()
    {
        var d = TextDecoder.Decode([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x10]);
        Assert.Null(d.Text);
        Assert.Equal(RejectionKind.Binary, d.Problem);
    }

    [Fact]
    public void Empty_and_blank_inputs_are_rejected_as_empty()
    {
        Assert.Equal(RejectionKind.Empty, TextDecoder.Decode([]).Problem);
        Assert.Equal(RejectionKind.Empty, TextDecoder.Decode(Encoding.UTF8.GetBytes(" \n\t ")).Problem);
    }
}
