namespace Stockbridge.Simulators.Faults;

/// <summary>
/// How <see cref="FaultRule.Target"/> names calls: an operation name a simulator chooses (e.g. <c>Sortoi</c>,
/// <c>graphql</c>, a webhook topic such as <c>orders/create</c>), compared case-insensitively; <c>*</c> (or <c>Any</c>)
/// for every call, and a trailing <c>*</c> for every name with that prefix (<c>orders/*</c>).
/// </summary>
public static class FaultTargets
{
    /// <summary>Every call.</summary>
    public const string Any = "*";

    /// <summary>Whether a rule's target names this call.</summary>
    public static bool Covers(string ruleTarget, string target)
    {
        ArgumentNullException.ThrowIfNull(ruleTarget);
        ArgumentNullException.ThrowIfNull(target);
        if (ruleTarget == Any || string.Equals(ruleTarget, "Any", StringComparison.OrdinalIgnoreCase)) return true;
        return ruleTarget.EndsWith('*')
            ? target.StartsWith(ruleTarget[..^1], StringComparison.OrdinalIgnoreCase)
            : string.Equals(ruleTarget, target, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether the kind acts on webhook deliveries rather than on calls.</summary>
    public static bool IsWebhookKind(FaultKind kind) => kind is FaultKind.WebhookDrop or FaultKind.WebhookDuplicate or FaultKind.WebhookMalformed;
}
