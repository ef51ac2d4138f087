namespace Stockbridge.Storage.Inbox;

/// <summary>A stored webhook delivery.</summary>
/// <param name="Id">Store id.</param>
/// <param name="Delivery">What was received.</param>
/// <param name="JobId">The job that processes it.</param>
public sealed record InboxEntry(long Id, InboxDelivery Delivery, long JobId);
