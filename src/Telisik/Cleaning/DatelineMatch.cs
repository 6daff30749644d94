namespace Telisik.Cleaning;

/// <summary>An outlet dateline at the start of a body line: the outlet (canonical and as written), the place, and its length.</summary>
public sealed record DatelineMatch(string Outlet, string OutletAsWritten, string? Place, int Length);
