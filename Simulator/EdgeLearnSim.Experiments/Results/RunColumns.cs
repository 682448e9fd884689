using System.Globalization;
using System.Text;
using EdgeLearnSim.Core.Metrics;
using EdgeLearnSim.Core.Output;

namespace EdgeLearnSim.Experiments.Results;

/// <summary>
/// The schema of a run row: every column of <c>runs.csv</c> in order. The <c>param.&lt;path&gt;</c> columns of the
/// sweep sit after <see cref="RawBytes"/> (<see cref="ParameterPosition"/>), where they were before the later columns
/// were appended, so older readers by position keep working. Adding a column is one entry here (and its test):
/// runs.csv, the cell store, the summary, the figures and the table in <c>Scenarios/SCHEMA.md</c> follow.
/// </summary>
public static class RunColumns
{
    private const string Seconds = "s";
    private const string None = "";

    public static RunColumn Scenario { get; } = RunColumn.Text("scenario", None, "the scenario's name", s => s.Cell.Scenario.Name);

    public static RunColumn Topology { get; } = RunColumn.Text("topology", None, "the cell's topology", s => s.Cell.Topology.Name);

    public static RunColumn Tasks { get; } = RunColumn.Whole("tasks", None, "n, tasks in the instance", s => s.Instance.TaskCount);

    public static RunColumn Edges { get; } = RunColumn.Whole("edges", None, "m, edges in the instance", s => s.Instance.EdgeCount);

    public static RunColumn Scheduler { get; } = RunColumn.Text("scheduler", None, "the scheduler's label, or the online dispatch policy", s => s.Scheduler);

    public static RunColumn Replication { get; } = RunColumn.Whole("replication", None, "replication 0..R−1", s => s.Cell.Replication);

    public static RunColumn Seed { get; } = RunColumn.Whole("seed", None, "the cell's seed: its replication's, from which every stream of the cell derives", s => s.Cell.Seed);

    public static RunColumn WeightedMakespan { get; } = RunColumn.Real("weighted_makespan", Seconds, "max_j L_j of the final placement (the paper's Fig. 4)", s => s.Schedule.WeightedMakespan) with
    {
        Summarised = true,
        Plot = new("makespan", "Weighted makespan max_j L_j (s)", "Weighted makespan"),
    };

    public static RunColumn StdDev { get; } = RunColumn.Real("stddev", Seconds, "population standard deviation of the loads L_j over all m edges (Fig. 5)", s => s.Schedule.LoadStdDev) with
    {
        Summarised = true,
        Plot = new("stddev", "Std. dev. of edge loads L_j (s)", "Load standard deviation"),
    };

    public static RunColumn TasksOnBusiestEdge { get; } = RunColumn.Whole("tasks_on_busiest_edge", None, "tasks on the edge with the largest L_j (Fig. 6)", s => s.Schedule.TasksOnBusiestEdge) with
    {
        Summarised = true,
        Plot = new("maxjobs", "Tasks on the most loaded edge", "Tasks on the most loaded edge"),
    };

    public static RunColumn MaxTasksOnEdge { get; } = RunColumn.Whole("max_tasks_on_edge", None, "the largest number of tasks on any edge", s => s.Schedule.MaxTasksOnEdge) with
    {
        Summarised = true,
    };

    public static RunColumn LowerBound { get; } = RunColumn.Real("lower_bound", Seconds, "the cell's certified bound on OPT: the largest of the instance bound and every scheduler's proven bound in the cell", s => s.Bound.Value);

    public static RunColumn GapPercent { get; } = RunColumn.Real("gap_percent", "%", "100·(weighted_makespan − lower_bound)/lower_bound (`Gap.Percent`)", s => Gap.Percent(s.Schedule.WeightedMakespan, s.Bound.Value)) with
    {
        Summarised = true,
        Plot = new("gap", "Gap to the cell's lower bound (%)", "Gap to the lower bound", WithoutReference: true),
    };

    public static RunColumn SimulatedMakespan { get; } = RunColumn.Real("simulated_makespan", Seconds, "the last upload's end in the simulation", s => s.Simulation.SimulatedMakespan) with
    {
        Summarised = true,
        Plot = new("simulated", "Simulated makespan, last upload end (s)", "Simulated (physical) makespan"),
    };

    public static RunColumn BytesToCloud { get; } = RunColumn.Real("bytes_to_cloud", "B", "bytes sent over all uplinks, restarted parts included", s => s.Simulation.BytesToCloud);

    public static RunColumn RawBytes { get; } = RunColumn.Real("raw_bytes", "B", "Σ D_i, what the devices hold before compression", s => s.Simulation.RawBytes);

    public static RunColumn CompletionMean { get; } = RunColumn.Real("completion_mean", Seconds, "mean over tasks of upload end − release", s => s.Simulation.MeanCompletionTime) with
    {
        Summarised = true,
        Plot = new("completion", "Mean completion time, upload end − release (s)", "Mean completion time", PlotScope.Dynamic),
    };

    public static RunColumn CompletionP50 { get; } = RunColumn.Real("completion_p50", Seconds, "median completion time (nearest rank, the ⌈n/2⌉-th smallest)", s => s.Simulation.P50CompletionTime) with
    {
        Summarised = true,
    };

    public static RunColumn CompletionP95 { get; } = RunColumn.Real("completion_p95", Seconds, "95th-percentile completion time (nearest rank, the ⌈0.95·n⌉-th smallest)", s => s.Simulation.P95CompletionTime) with
    {
        Summarised = true,
        Plot = new("completion-p95", "95th-percentile completion time (s)", "95th-percentile completion time", PlotScope.Dynamic),
    };

    public static RunColumn UtilisationMean { get; } = RunColumn.Real("utilisation_mean", None, "busy time over simulated makespan, averaged over all m edges, in [0, 1]", s => s.Simulation.MeanUtilisation) with
    {
        Summarised = true,
        Plot = new("utilisation", "Mean uplink utilisation (busy time / makespan)", "Mean uplink utilisation", PlotScope.Dynamic),
    };

    public static RunColumn Redispatches { get; } = RunColumn.Whole("redispatches", None, "times an outage moved a task to another edge", s => s.Simulation.Redispatched) with
    {
        Summarised = true,
        Plot = new("redispatches", "Tasks re-dispatched by outages", "Re-dispatches", PlotScope.Outages),
    };

    public static RunColumn TasksLost { get; } = RunColumn.Whole("tasks_lost", None, "tasks the engine never completed (a row with a value ≠ 0 fails its cell)", s => s.Simulation.TasksLost);

    public static RunColumn TasksDuplicated { get; } = RunColumn.Whole("tasks_duplicated", None, "completion events beyond a task's first (a row with a value ≠ 0 fails its cell)", s => s.Simulation.TasksDuplicated);

    public static RunColumn LowerBoundMethod { get; } = RunColumn.Text("lower_bound_method", None, "what proved lower_bound: an instance bound's name or the scheduler whose proof it was", s => s.Bound.Method);

    public static RunColumn ProvenOptimal { get; } = RunColumn.Flag("proven_optimal", None, "weighted_makespan meets lower_bound (`Gap.IsProvenOptimal`)", s => Gap.IsProvenOptimal(s.Schedule.WeightedMakespan, s.Bound.Value));

    public static RunColumn ClaimedLowerBound { get; } = RunColumn.Real("claimed_lower_bound", Seconds, "a bound an external scheduler claims, unchecked; empty unless one is claimed; never enters lower_bound", s => s.Result?.ClaimedLowerBound);

    public static RunColumn AccessMean { get; } = RunColumn.Real("access_mean", Seconds, "mean over tasks of the time in the access stage (transfers, re-sends, parked time); 0 without access parameters", s => s.Simulation.MeanAccessTime);

    public static RunColumn CompressionMean { get; } = RunColumn.Real("compression_mean", Seconds, "mean over tasks of the time from arrival at an edge to compression's end, waiting for a core included", s => s.Simulation.MeanCompressionTime);

    public static RunColumn UploadMean { get; } = RunColumn.Real("upload_mean", Seconds, "mean over tasks of the time from compression's end to upload's end; access_mean + compression_mean + upload_mean = completion_mean", s => s.Simulation.MeanUploadTime);

    public static RunColumn EnergyDevice { get; } = RunColumn.Real("energy_device_joules", "J", "devices' energy while sending: ∫ (device.watts + device.watts_per_mbps·rate) dt", s => s.Simulation.Energy.DeviceJoules);

    public static RunColumn EnergyEdge { get; } = RunColumn.Real("energy_edge_joules", "J", "edges' energy: edge_core_watts × busy core-seconds", s => s.Simulation.Energy.EdgeJoules);

    public static RunColumn EnergyUplink { get; } = RunColumn.Real("energy_uplink_joules", "J", "uplinks' energy while sending: ∫ (uplink.watts + uplink.watts_per_mbps·rate) dt", s => s.Simulation.Energy.UplinkJoules);

    public static RunColumn EnergyTotal { get; } = RunColumn.Real("energy_joules", "J", "energy_device_joules + energy_edge_joules + energy_uplink_joules", s => s.Simulation.Energy.TotalJoules);

    public static RunColumn PipelineLowerBound { get; } = RunColumn.Real("pipeline_lower_bound", Seconds, "a certified bound on the optimal end-to-end makespan (docs/pipeline.md); empty without pipeline parameters or with varying bandwidth or outages", s => PipelineBounds.Of(s.Instance, s.Cell.Point.Settings.Simulation));

    public static RunColumn PipelineGapPercent { get; } = RunColumn.Real("pipeline_gap_percent", "%", "100·(simulated_makespan − pipeline_lower_bound)/pipeline_lower_bound; empty where the bound is", s => PipelineBounds.Of(s.Instance, s.Cell.Point.Settings.Simulation) is { } bound ? Gap.Percent(s.Simulation.SimulatedMakespan, bound) : null);

    /// <summary>Every column, in runs.csv order (the parameter columns go in at <see cref="ParameterPosition"/>).</summary>
    public static IReadOnlyList<RunColumn> All { get; } =
    [
        Scenario, Topology, Tasks, Edges, Scheduler, Replication, Seed, WeightedMakespan, StdDev, TasksOnBusiestEdge,
        MaxTasksOnEdge, LowerBound, GapPercent, SimulatedMakespan, BytesToCloud, RawBytes,
        CompletionMean, CompletionP50, CompletionP95, UtilisationMean, Redispatches, TasksLost, TasksDuplicated,
        LowerBoundMethod, ProvenOptimal, ClaimedLowerBound, AccessMean, CompressionMean, UploadMean,
        EnergyDevice, EnergyEdge, EnergyUplink, EnergyTotal, PipelineLowerBound, PipelineGapPercent,
    ];

    /// <summary>The columns that identify a run (also the leading columns of timings.csv).</summary>
    public static IReadOnlyList<RunColumn> Keys { get; } = [Scenario, Topology, Tasks, Edges, Scheduler, Replication, Seed];

    /// <summary>How many columns precede the <c>param.&lt;path&gt;</c> columns.</summary>
    public static int ParameterPosition { get; } = All.TakeWhile(c => c != RawBytes).Count() + 1;

    /// <summary>The row of <paramref name="source"/>: every column computed, in schema order.</summary>
    public static IReadOnlyList<RunValue> Compute(RunSource source) => [.. All.Select(c => c.Compute(source))];

    /// <summary>The column named <paramref name="name"/>, or null.</summary>
    public static RunColumn? Find(string name) => All.FirstOrDefault(c => c.Name == name);

    /// <summary>The Markdown table of the columns that <c>Scenarios/SCHEMA.md</c> carries (a test keeps them equal).</summary>
    public static string MarkdownTable()
    {
        var text = new StringBuilder();
        text.Append("| column | unit | meaning |\n|---|---|---|\n");
        for (var k = 0; k < All.Count; k++)
        {
            if (k == ParameterPosition)
            {
                text.Append("| `param.<path>` | | the value of each swept parameter, one column per sweep axis |\n");
            }
            var column = All[k];
            text.Append(CultureInfo.InvariantCulture, $"| `{column.Name}` | {column.Unit} | {column.Meaning} |\n");
        }
        return text.ToString();
    }
}
