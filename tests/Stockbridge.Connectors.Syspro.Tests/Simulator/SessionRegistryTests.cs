using Microsoft.Extensions.Time.Testing;
using Stockbridge.Connectors.Syspro.Simulator.Enet;

namespace Stockbridge.Connectors.Syspro.Tests.Simulator;

public sealed class SessionRegistryTests
{
    [Fact]
    public void Logon_EverySeatTaken_EndsTheLongestIdleSessionOfThatOperator()
    {
        var time = new FakeTimeProvider();
        var sessions = new SessionRegistry(seatsPerOperator: 2, time);
        var first = sessions.Logon("OP");
        time.Advance(TimeSpan.FromSeconds(1));
        var second = sessions.Logon("OP");
        var other = sessions.Logon("OTHER");
        time.Advance(TimeSpan.FromSeconds(1));
        sessions.Use(first).ShouldBe("OP"); // first is now the more recently used

        var third = sessions.Logon("OP");

        sessions.Use(second).ShouldBeNull();
        sessions.Use(first).ShouldBe("OP");
        sessions.Use(third).ShouldBe("OP");
        sessions.Use(other).ShouldBe("OTHER");
        (sessions.Logons, sessions.EndedByLogon, sessions.RefusedCalls, sessions.Open).ShouldBe((4, 1, 1, 3));
    }

    [Fact]
    public void Logon_OneSeat_SecondLogonEndsTheFirst()
    {
        var sessions = new SessionRegistry();
        var first = sessions.Logon("OP");
        var second = sessions.Logon("op");

        sessions.Use($"  {first}  ").ShouldBeNull();
        sessions.Use($"{second}  ").ShouldBe("op");
        sessions.EndedByLogon.ShouldBe(1);
    }

    [Fact]
    public void Constructor_NoSeats_Refused() => Should.Throw<ArgumentOutOfRangeException>(() => new SessionRegistry(0));
}
