using System.Net.Sockets;
using Stockbridge.Connectors.Errors;
using Stockbridge.Engine.Errors;

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
