namespace Stockbridge.Web.Api.Paging;

/// <summary>One page of a keyset-paged list.</summary>
/// <param name="Items">The rows of this page.</param>
/// <param name="Next">The URL of the next page, or null on the last page.</param>
public sealed record Paged<T>(IReadOnlyList<T> Items, string? Next);
