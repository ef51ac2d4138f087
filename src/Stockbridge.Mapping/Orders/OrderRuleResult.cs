using Stockbridge.Domain.Orders;

namespace Stockbridge.Mapping.Orders;

/// <summary>An order ready to raise, or why it cannot be raised.</summary>
/// <param name="Order">The order with rules applied (null when invalid).</param>
/// <param name="Problems">Why it cannot be raised, for a person (empty when valid).</param>
/// <param name="CustomerMatch">How the customer account was found (tag, email, default).</param>
public sealed record OrderRuleResult(Order? Order, IReadOnlyList<string> Problems, string? CustomerMatch)
{
    /// <summary>True when the order can be raised.</summary>
    public bool IsValid => Order is not null && Problems.Count == 0;

    /// <summary>The problems as one sentence.</summary>
    public string Reason => string.Join("; ", Problems);
}
