namespace Stockbridge.Connectors.Parcelninja.Outbounds;

/// <summary>One event of an outbound as Parcelninja reports it.</summary>
/// <param name="Code">Its code (240 Awaiting Stock … 244 Dispatched with Courier, 245 Delivered, courier failures 390-392, 280).</param>
/// <param name="Description">Parcelninja's description.</param>
/// <param name="At">When, in UTC (from <c>yyyyMMddHHmmss</c>).</param>
public sealed record OutboundEvent(int Code, string Description, DateTimeOffset At);
