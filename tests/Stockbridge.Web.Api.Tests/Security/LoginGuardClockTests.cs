using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Stockbridge.Web.Security;

namespace Stockbridge.Web.Api.Tests.Security;

public sealed class LoginGuardClockTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));

    private LoginGuard Guard() => new(Options.Create(new StockbridgeWebOptions()), time);

    [Fact]
    public void Lock_LastsFifteenMinutesFromTheTenthFailure_ThenLifts()
    {
        var guard = Guard();
        for (var i = 0; i < 9; i++)
        {
            guard.RecordFailure("Admin@Acme.test", $"10.0.0.{i}");
            time.Advance(TimeSpan.FromMinutes(1));
        }
        guard.IsLocked("admin@acme.test").ShouldBeFalse();

        guard.RecordFailure("admin@acme.test", "10.0.1.1");

        guard.IsLocked("ADMIN@acme.test").ShouldBeTrue("e-mails compare without case");
        guard.IsLocked("other@acme.test").ShouldBeFalse();
        time.Advance(TimeSpan.FromMinutes(14));
        guard.IsLocked("admin@acme.test").ShouldBeTrue();
        time.Advance(TimeSpan.FromMinutes(1));
        guard.IsLocked("admin@acme.test").ShouldBeFalse();
    }

    [Fact]
    public void Success_ClearsTheFailuresInARow()
    {
        var guard = Guard();
        for (var i = 0; i < 9; i++) guard.RecordFailure("admin@acme.test", "10.0.0.1");

        guard.RecordSuccess("admin@acme.test");
        guard.RecordFailure("admin@acme.test", "10.0.0.1");

        guard.IsLocked("admin@acme.test").ShouldBeFalse();
    }

    [Fact]
    public void AddressLimit_CountsFailuresPerMinute()
    {
        var guard = Guard();
        for (var i = 0; i < 10; i++) guard.RecordFailure($"user{i}@acme.test", "10.0.0.1").ShouldBeFalse();

        guard.RecordFailure("user10@acme.test", "10.0.0.1").ShouldBeTrue();
        guard.RecordFailure("user10@acme.test", "10.0.0.2").ShouldBeFalse("another address has its own count");
        time.Advance(TimeSpan.FromMinutes(1));
        guard.RecordFailure("user11@acme.test", "10.0.0.1").ShouldBeFalse();
    }
}
