using System.Net.Sockets;
using Stockbridge.Connectors.Errors;
using Stockbridge.Engine.Errors;
using Stockbridge.Engine.HostAccess;

namespace Stockbridge.Engine.Tests.Errors;

public sealed class ErrorClassifierTests
{
    private readonly ErrorClassifier classifier = new();

    [Fact]
    public void Classify_Permanent_IsPermanentWithCode()
    {
        var result = classifier.Classify(new PermanentConnectorException("Unknown StockCode 'X1'", "E042"));
        result.Kind.ShouldBe(ErrorKinds.Permanent);
        result.IsPermanent.ShouldBeTrue();
        result.Reason.ShouldContain("Unknown StockCode 'X1'");
        result.Reason.ShouldContain("E042");
    }

    [Fact]
    public void Classify_CallRefusedByTheOperatorsAllowList_IsPermanentHoweverTheConnectorWrappedIt()
    {
        var refused = new OutboundAddressRefusedException("Refused to call 127.0.0.1:80: 127.0.0.1 is 127.0.0.1, a loopback address");
        var wrapped = new TransientConnectorException("e.net could not be reached", new HttpRequestException("connect failed", refused));

        classifier.Classify(wrapped).Kind.ShouldBe(ErrorKinds.Permanent);
        classifier.Classify(new TransientConnectorException("e.net could not be reached", new HttpRequestException("refused"))).Kind.ShouldBe(ErrorKinds.Transient);
    }

    [Fact]
    public void Classify_RateLimited_KeepsRetryAfterAndDoesNotCount()
    {
        var result = classifier.Classify(new RateLimitedException("429", TimeSpan.FromSeconds(12)));
        result.Kind.ShouldBe(ErrorKinds.RateLimited);
        result.RetryAfter.ShouldBe(TimeSpan.FromSeconds(12));
        result.CountsAsFailure.ShouldBeFalse();
    }

    public static TheoryData<Exception> TransientErrors() =>
    [
        new TransientConnectorException("502 from channel"),
        new HttpRequestException("connection refused"),
        new TimeoutException("slow"),
        new TaskCanceledException("HttpClient timeout"),
        new IOException("broken pipe"),
        new SocketException(),
        new InvalidOperationException("a bug we have not met"),
    ];

    [Theory]
    [MemberData(nameof(TransientErrors))]
    public void Classify_TransientOrUnknown_IsTransientAndCounts(Exception error)
    {
        var result = classifier.Classify(error);
        result.Kind.ShouldBe(ErrorKinds.Transient);
        result.CountsAsFailure.ShouldBeTrue();
        result.Reason.ShouldStartWith(error.GetType().Name);
    }
}
