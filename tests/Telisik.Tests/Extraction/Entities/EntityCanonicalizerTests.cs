using Telisik.Extraction.Entities;

namespace Telisik.Tests.Extraction.Entities;

public class EntityCanonicalizerTests
{
    private static Entity E(EntityType type, string name, params string[] aliases) =>
        new(type, name, aliases, [new Mention(0, name.Length, name), .. aliases.Select(a => new Mention(0, a.Length, a))]);

    private readonly EntityCanonicalizer _canonicalizer = new();

    [Fact]
    public void Same_country_under_two_names_in_two_articles_is_one_entity()
    {
        var merged = _canonicalizer.Merge([
            [E(EntityType.Place, "Korea Utara", "Korut", "Pyongyang")],
            [E(EntityType.Place, "Korut"), E(EntityType.Place, "Rusia")],
        ]);
        var korea = Assert.Single(merged, c => c.Aliases.Contains("Korut") || c.Name == "Korut");
        Assert.Equal("Korea Utara", korea.Name);
        Assert.Equal(4, korea.MentionCount);
        Assert.Equal([0, 1], korea.Articles);
        Assert.Equal(2, merged.Count);
    }

    [Fact]
    public void A_bare_surname_joins_the_one_full_name_ending_with_it()
    {
        var merged = _canonicalizer.Merge([
            [E(EntityType.Person, "John Kirby", "Kirby")],
            [E(EntityType.Person, "Kirby")],
        ]);
        var kirby = Assert.Single(merged);
        Assert.Equal("John Kirby", kirby.Name);
        Assert.Equal(3, kirby.MentionCount);
    }

    [Fact]
    public void Two_people_sharing_a_title_or_a_surname_stay_apart()
    {
        var merged = _canonicalizer.Merge([
            [E(EntityType.Person, "Kim Jong Un", "Kim", "Pemimpin")],
            [E(EntityType.Person, "Kim Yo Jong", "Kim", "Pemimpin")],
        ]);
        Assert.Equal(2, merged.Count);
    }

    [Fact]
    public void Same_name_with_different_types_is_not_merged()
    {
        var merged = _canonicalizer.Merge([[E(EntityType.Place, "Washington")], [E(EntityType.Person, "Washington")]]);
        Assert.Equal(2, merged.Count);
    }

    [Fact]
    public void Most_mentioned_entity_comes_first()
    {
        var merged = _canonicalizer.Merge([
            [E(EntityType.Place, "Rusia"), E(EntityType.Person, "Lloyd Austin", "Austin", "Menhan")],
        ]);
        Assert.Equal("Lloyd Austin", merged[0].Name);
    }
}
