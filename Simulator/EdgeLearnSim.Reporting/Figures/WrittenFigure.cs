using EdgeLearnSim.Experiments.Running;

namespace EdgeLearnSim.Reporting.Figures;

/// <summary>
/// An image the figure writer wrote, with what a report needs to link it: its <paramref name="Caption"/>, its
/// <paramref name="Section"/> (and <paramref name="Topology"/> for a topology's figures) and the scheduler it leaves
/// out (<see cref="LeftOut"/>), if any.
/// </summary>
public sealed record WrittenFigure(string Path, string Caption, FigureSection Section, string? Topology = null) : WrittenFile(Path)
{
    public string? LeftOut { get; init; }
}
