namespace Stockbridge.Connectors.Parcelninja.Simulator.Endpoints;

/// <summary>
/// Fault targets (for <c>/_sim/faults</c> rules) that act inside <c>POST /outbounds/</c>, beyond the kit's generic ones
/// (a rule on <c>POST outbounds</c> with <c>TimeoutAfterCommit</c> already creates the outbound and then gives no answer).
/// </summary>
public static class CreateOutboundFaults
{
    /// <summary>
    /// With <c>ServerError</c>: nothing is created and the answer carries <c>x-parcelninja-outbound-id: 0</c> and an error
    /// message header (status: the rule's, default 200; message: the rule's body, default a generic one).
    /// </summary>
    public const string IdZero = "create-outbound:id-zero";

    /// <summary>With <c>ServerError</c>: the outbound IS created, then the rule's status (default 500) is answered.</summary>
    public const string ErrorAfterCreate = "create-outbound:error-after-create";

    /// <summary>With <c>MalformedResponse</c>: the outbound is created and 200 answered without <c>x-parcelninja-outbound-id</c>.</summary>
    public const string NoIdHeader = "create-outbound:no-id-header";
}
