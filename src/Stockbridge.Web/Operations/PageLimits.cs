namespace Stockbridge.Web.Operations;

/// <summary>Page sizes for keyset-paged lists.</summary>
public static class PageLimits
{
    /// <summary>When none is asked for.</summary>
    public const int Default = 50;
    /// <summary>The most one page may hold.</summary>
    public const int Max = 200;

}
