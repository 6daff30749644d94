namespace Telisik.Stories;

/// <summary>One article of a story as shown to users.</summary>
/// <param name="Id">The article id.</param>
/// <param name="Outlet">Its outlet.</param>
/// <param name="Published">Its publication time.</param>
/// <param name="Headline">Its headline or lead sentence.</param>
/// <param name="CopyOf">The original it copies, when it is a copy.</param>
/// <param name="Reason">Why it belongs.</param>
public sealed record StoryArticle(string Id, string? Outlet, DateTimeOffset Published, string Headline, string? CopyOf, MembershipReason Reason);
