using EdgeLearnSim.Experiments.Running;
using ScottPlot;

namespace EdgeLearnSim.Reporting.Figures;

/// <summary>
/// The colour of every series name across the figures of one report, fixed once for the report so that a scheduler
/// (or a scheduler at one combination of the other swept axes) has the same colour in every figure, figures that leave
/// one out included. Names are numbered in order of first appearance; up to 10 take Category10's colours, more take
/// Category20's, so no two series of a report share a colour.
/// </summary>
public sealed class SeriesStyles
{
    private const int SmallPaletteSize = 10;

    private readonly Dictionary<string, int> positions = new(StringComparer.Ordinal);
    private readonly IPalette palette;

    public SeriesStyles(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        foreach (var name in names)
        {
            positions.TryAdd(name, positions.Count);
        }
        palette = positions.Count > SmallPaletteSize ? new ScottPlot.Palettes.Category20() : new ScottPlot.Palettes.Category10();
    }

    /// <summary>
    /// The styles of a scenario's figures: the series of its summary in order (every scheduler, per combination of the
    /// axes after the first), then the scheduler labels that only the per-scheduler figures name.
    /// </summary>
    public static SeriesStyles Of(ScenarioResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var scenario = results.Scenario;
        return new SeriesStyles([
            .. results.Summary.Select(r => FigureBuilder.SeriesName(scenario, r.Scheduler, r.Parameters)),
            .. results.Rows.Select(r => FigureBuilder.SeriesName(scenario, r.Scheduler, r.Parameters)),
            .. results.Rows.Select(r => r.Scheduler),
        ]);
    }

    /// <summary>The colour of the series <paramref name="name"/>; throws for a name these styles do not know.</summary>
    public Color ColorOf(string name) => palette.GetColor(positions[name]);
}
