using Stockbridge.Connectors.Simulation;
using Stockbridge.Simulators.Hosting;

namespace Stockbridge.Simulators.Tests.Hosting;

public sealed class SimulatorBannerTests
{
    [Fact]
    public void Write_AlignsTheLabels()
    {
        using var output = new StringWriter();
        SimulatorBanner.Write(output, "Demo simulator running", [new("URL", "http://127.0.0.1:5123/"), new("access token", "t0k")]);

        output.ToString().ReplaceLineEndings("\n").ShouldBe(
            "Demo simulator running\n" +
            "  URL          : http://127.0.0.1:5123/\n" +
            "  access token : t0k\n" +
            "Press Ctrl+C to stop.\n");
    }

    [Fact]
    public void Format_NoLines_IsTheTitle() => SimulatorBanner.Format("Title", Array.Empty<SimulatorBannerLine>()).ShouldBe(["Title"]);
}
