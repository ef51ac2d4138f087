using System.Globalization;
using Microsoft.AspNetCore.Http;
using Stockbridge.Web.Operations;

namespace Stockbridge.Web.Api.Paging;

/// <summary>The <c>?limit=</c> of a paged list: absent means the default; anything but a whole number 1..200 is refused, never clamped.</summary>
internal static class LimitParameter
{
    /// <summary>The page size asked for, or the 400 problem that names the parameter and what is wrong with it.</summary>
    public static (int Take, IResult? Problem) Read(string? limit)
    {
        if (limit is null) return (PageLimits.Default, null);
        return int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out var take) && take is >= 1 and <= PageLimits.Max
            ? (take, null)
            : (0, ApiProblems.Invalid("limit", $"limit must be a whole number from 1 to {PageLimits.Max}; '{Shorten(limit)}' is not."));
    }

    private static string Shorten(string value) => value.Length <= 20 ? value : value[..20] + "…";
}
