namespace EdgeLearnSim.Experiments.Results;

/// <summary>
/// One scheduler's outcome on one cell: a row of <c>runs.csv</c> (every field but the timing ones, which go to
/// <c>timings.csv</c> because they differ from run to run).
/// <see cref="Parameters"/> holds the value of each swept parameter in sweep-axis order; <see cref="Seed"/> is the
/// cell's instance seed; <see cref="GapPercent"/> is 100·(makespan − LB)/LB; <see cref="SchedulerMilliseconds"/>
/// (the scheduler alone) and <see cref="Exit"/> (its exit reason: a wall-clock cut may differ between machines)
/// go to timings.csv.
/// </summary>
public sealed record RunRow(
    string Scenario,
    string Topology,
    int Tasks,
    int Edges,
    string Scheduler,
    int Replication,
    ulong Seed,
    double WeightedMakespan,
    double StdDev,
    int TasksOnBusiestEdge,
    int MaxTasksOnEdge,
    double LowerBound,
    double GapPercent,
    double SimulatedMakespan,
    double BytesToCloud,
    double RawBytes,
    IReadOnlyList<string> Parameters,
    double SchedulerMilliseconds,
    string Exit);
