using EdgeLearnSim.Experiments.Cells;
using EdgeLearnSim.Experiments.Results;
using EdgeLearnSim.Experiments.Scenarios;

namespace EdgeLearnSim.Experiments.Running;

/// <summary>
/// Everything an output writer needs for one scenario, computed before any writing: rows in cell order (those that
/// finished), their summary, the failures (a scheduler or policy that failed in a cell, a cell that failed whole or
/// never ran), and for a dynamic scenario the stored timeline of its representative cell (null when there is none).
/// </summary>
public sealed record ScenarioResults(
    Scenario Scenario,
    IReadOnlyList<Cell> Cells,
    IReadOnlyList<RunRow> Rows,
    IReadOnlyList<SummaryRow> Summary,
    string Folder)
{
    public CellTimeline? Timeline { get; init; }

    public IReadOnlyList<CellFailure> Failures { get; init; } = [];

    /// <summary>The files the output writers wrote so far, in order (see <see cref="IScenarioOutputWriter.Write"/>).</summary>
    public IReadOnlyList<WrittenFile> Written { get; init; } = [];
}
