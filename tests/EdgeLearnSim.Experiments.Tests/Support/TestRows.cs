using EdgeLearnSim.Core.Topologies;
using EdgeLearnSim.Experiments.Results;
using EdgeLearnSim.Experiments.Scenarios;

namespace EdgeLearnSim.Experiments.Tests.Support;

/// <summary>Hand-made run rows and scenarios for tests of the summary and the report.</summary>
internal static class TestRows
{
    /// <summary>A row whose columns are 0 (numbers), <c>false</c> (flags) or empty (text) unless given by name.</summary>
    public static RunRow Row(IReadOnlyDictionary<string, RunValue> values, IReadOnlyList<string>? parameters = null) => new(
        [.. RunColumns.All.Select(c => values.TryGetValue(c.Name, out var v) ? v : c.Kind switch
        {
            ColumnKind.Text => RunValue.OfText(""),
            ColumnKind.Flag => RunValue.OfFlag(false),
            ColumnKind.Whole => RunValue.OfWhole(0),
            _ => RunValue.OfReal(0),
        })],
        parameters ?? [],
        new RunTiming(0, "Completed", 0),
        []);

    /// <summary>A scenario with the given sweep (one point per value of a single axis, or one point), for summaries.</summary>
    public static Scenario Scenario(SweepAxis? axis = null, string reference = "random") => new()
    {
        Name = "s",
        SourcePath = "/s.yaml",
        Seed = 1,
        Replications = 1,
        Topologies = [new FullyConnectedTopology()],
        Schedulers = [],
        Sweep = axis is null ? [] : [axis],
        Points = [],
        Reference = reference,
    };
}
