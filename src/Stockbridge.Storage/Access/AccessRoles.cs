namespace Stockbridge.Storage.Access;

/// <summary>The roles a console user can have, from most to least powerful.</summary>
public static class AccessRoles
{
    /// <summary>Everything, including users and connections.</summary>
    public const string Admin = "admin";
    /// <summary>Runs the hub day to day: retry, replay, sync now, test connections.</summary>
    public const string Operator = "operator";
    /// <summary>Reads only.</summary>
    public const string Viewer = "viewer";

    /// <summary>Every role.</summary>
    public static IReadOnlyList<string> All { get; } = [Admin, Operator, Viewer];

    /// <summary>Whether <paramref name="role"/> is a known role.</summary>
    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);

    /// <summary>Whether <paramref name="role"/> may change things (operator or admin).</summary>
    public static bool CanOperate(string role) => role is Admin or Operator;
}
