namespace Telisik.Cleaning;

/// <summary>What a boilerplate rule does to a line.</summary>
public enum LineAction
{
    /// <summary>Keep the line.</summary>
    Keep,
    /// <summary>Drop the line.</summary>
    Drop,
    /// <summary>Drop the line and the short link titles after it.</summary>
    DropList,
    /// <summary>Drop this line and everything after it (a footer starts).</summary>
    Cut,
    /// <summary>Remove the matched part, keep the rest.</summary>
    Trim,
}
