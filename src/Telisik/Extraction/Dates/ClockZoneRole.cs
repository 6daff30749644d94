namespace Telisik.Extraction.Dates;

/// <summary>What a word says about whose clock a clock time keeps (<c>clock-zone-words.txt</c>).</summary>
internal enum ClockZoneRole
{
    /// <summary>After a time: local to the place the text is about ("waktu setempat", "local time").</summary>
    Local,
    /// <summary>After a time, before a place name: that place's time ("waktu Hong Kong").</summary>
    Place,
    /// <summary>Between a time and the same instant in another zone ("atau", "(").</summary>
    Link,
    /// <summary>Before a place where something happens ("di Sydney").</summary>
    Locative,
}
