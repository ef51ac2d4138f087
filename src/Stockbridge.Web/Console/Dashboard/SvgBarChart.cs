using System.Globalization;
using System.Text;
using static Stockbridge.Web.Console.Html.Html;

namespace Stockbridge.Web.Console.Dashboard;

/// <summary>Renders a series as an inline SVG bar chart (server-side; no script). Each bar has a tooltip with its count.</summary>
internal static class SvgBarChart
{
    private const int Width = 760;
    private const int Height = 150;
    private const int Left = 36;
    private const int Bottom = 22;

    public static string Render(ActivitySeries series, string labelFormat)
    {
        var max = Math.Max(1, series.Buckets.Count == 0 ? 1 : series.Buckets.Max(b => b.Count));
        var plotWidth = Width - Left - 8;
        var plotHeight = Height - Bottom - 18;
        var barWidth = series.Buckets.Count == 0 ? 0 : (double)plotWidth / series.Buckets.Count;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" role=\"img\" aria-label=\"{E(series.Title)}\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"13\" font-size=\"12\" font-weight=\"600\">{E(series.Title)} ({series.Total})</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 4}\" y=\"{18 + 10}\" font-size=\"10\" text-anchor=\"end\">{max}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width - 8}\" y2=\"{Height - Bottom}\" stroke=\"#9aa5b1\"/>");
        for (var i = 0; i < series.Buckets.Count; i++)
        {
            var (start, count) = series.Buckets[i];
            var h = count * plotHeight / (double)max;
            var x = Left + (i * barWidth);
            var label = start.UtcDateTime.ToString(labelFormat, CultureInfo.InvariantCulture);
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect x=\"{x + 1:0.#}\" y=\"{Height - Bottom - h:0.#}\" width=\"{Math.Max(1, barWidth - 2):0.#}\" height=\"{h:0.#}\" fill=\"{series.Color}\"><title>{E(label)}: {count}</title></rect>");
            if (i % Math.Max(1, series.Buckets.Count / 8) == 0)
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 1:0.#}\" y=\"{Height - 6}\" font-size=\"10\">{E(label)}</text>");
        }
        return svg.Append("</svg>").ToString();
    }
}
