using Stockbridge.Connectors.Errors;
using Stockbridge.Engine.Errors;

namespace Stockbridge.Engine.Tests.Errors;

public sealed class FailureStampTests
{
    [Fact]
    public void Of_ThrownError_NamesTypeMessageInnerAndOrigin()
    {
        Exception caught;
        try
        {
            Throw();
            return;
        }
        catch (TransientConnectorException ex)
        {
            caught = ex;
        }
        var stamp = FailureStamp.Of(caught);
        stamp.ShouldStartWith("TransientConnectorException: e.net timed out [outcome unknown] <- TimeoutException: 30s");
        stamp.ShouldContain(nameof(Throw));
    }

    [Fact]
    public void Of_MessageWithCredentials_MasksThem()
    {
        var stamp = FailureStamp.Of(new InvalidOperationException("login failed: password=hunter2; token: abc123 user=bob"));
        stamp.ShouldNotContain("hunter2");
        stamp.ShouldNotContain("abc123");
        stamp.ShouldContain("user=bob");
    }

    [Fact]
    public void Of_HugeMessage_IsTruncated() =>
        FailureStamp.Of(new InvalidOperationException(new string('x', 10_000))).Length.ShouldBe(FailureStamp.MaxLength);

    private static void Throw() => throw new TransientConnectorException("e.net timed out", new TimeoutException("30s"), outcomeUnknown: true);
}
