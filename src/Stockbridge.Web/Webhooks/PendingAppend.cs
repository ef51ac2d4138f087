using Stockbridge.Storage.Inbox;

namespace Stockbridge.Web.Webhooks;

/// <summary>A delivery waiting for its group commit, and the request waiting for it.</summary>
internal sealed class PendingAppend(InboxDelivery delivery)
{
    public InboxDelivery Delivery { get; } = delivery;

    public TaskCompletionSource<InboxAppendResult> Stored { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
