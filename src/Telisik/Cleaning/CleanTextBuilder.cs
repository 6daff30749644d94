using System.Text;
using Telisik.Documents;

namespace Telisik.Cleaning;

/// <summary>Builds a cleaned text from pieces of the raw text, one paragraph a line, recording the offset map.</summary>
internal sealed class CleanTextBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<int> _clean = [], _raw = [], _len = [];

    /// <summary>Appends <c>raw[rawStart..(rawStart+length)]</c> as a new paragraph.</summary>
    public void AddParagraph(string raw, int rawStart, int length)
    {
        if (length <= 0) return;
        if (_text.Length > 0) _text.Append('\n');
        _clean.Add(_text.Length);
        _raw.Add(rawStart);
        _len.Add(length);
        _text.Append(raw, rawStart, length);
    }

    /// <summary>The cleaned text.</summary>
    public string Text => _text.ToString();

    /// <summary>The offset map from cleaned to raw text.</summary>
    public OffsetMap Map => new(_clean.ToArray(), _raw.ToArray(), _len.ToArray());
}
