using Telisik.Documents;

namespace Telisik.Tests.Documents;

public class OffsetMapTests
{
    [Fact]
    public void Offsets_in_a_copied_piece_map_to_the_raw_piece()
    {
        // raw: "URL\nHello world" -> clean: "Hello world" copied from raw offset 4
        var map = new OffsetMap([0], [4], [11]);
        Assert.Equal(4, map.ToRaw(0));
        Assert.Equal(10, map.ToRaw(6));
    }

    [Fact]
    public void Serialized_map_round_trips()
    {
        var map = new OffsetMap([0, 6], [4, 20], [5, 7]);
        var back = OffsetMap.Deserialize(map.Serialize());
        Assert.Equal(map.Pieces(), back.Pieces());
        Assert.Equal(21, back.ToRaw(7));
    }
}
