namespace EdgeLearnSim.Experiments.Results;

/// <summary>
/// One bar of the Gantt chart of the representative cell: task <see cref="Task"/> in stage lane <see cref="Lane"/>
/// (<c>access</c>, <c>compression</c> or <c>core k</c> with several cores, <c>upload</c>) of edge <see cref="Edge"/>
/// over [<see cref="Start"/>, <see cref="End"/>]; lane <c>down</c> (task −1) is an outage.
/// </summary>
public sealed record GanttBar(int Edge, string Lane, int Task, double Start, double End);
