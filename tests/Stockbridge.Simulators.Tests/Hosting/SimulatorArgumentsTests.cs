using Stockbridge.Simulators.Hosting;

namespace Stockbridge.Simulators.Tests.Hosting;

public sealed class SimulatorArgumentsTests
{
    private enum Plan { Standard, Plus }

    [Fact]
    public void Parse_ReadsPortAndTheSimulatorsOwnFlags()
    {
        var flags = SimulatorArguments.Parse(["--port", "5123", "--plan", "plus", "--shop", "demo"], ["port", "plan", "shop"]);

        flags.Port.ShouldBe(5123);
        flags.Enum("plan", Plan.Standard).ShouldBe(Plan.Plus);
        flags.String("shop").ShouldBe("demo");
        flags.Int("seats", 1).ShouldBe(1);
        flags.Has("token").ShouldBeFalse();
    }

    [Fact]
    public void Parse_NoPort_IsAFreePort() => SimulatorArguments.Parse([]).Port.ShouldBe(0);

    [Fact]
    public void Parse_UnknownFlag_NamesTheKnownOnes() =>
        Should.Throw<ArgumentException>(() => SimulatorArguments.Parse(["--colour", "red"], ["port", "plan"])).Message
            .ShouldBe("Unknown option --colour. Use --port --plan.");

    [Fact]
    public void Parse_FlagWithoutValue_Throws() =>
        Should.Throw<ArgumentException>(() => SimulatorArguments.Parse(["--port"])).Message.ShouldContain("needs a value");
}
