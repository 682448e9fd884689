using EdgeLearnSim.Engine;

namespace EdgeLearnSim.Core.Simulation.Outages;

/// <summary>Outages at the times a trace gives.</summary>
public sealed record ScheduledOutages(OutageSchedule Schedule) : OutageModel
{
    public override string Describe() => $"file {Schedule.Name}";

    public override void Validate(int edgeCount) => Schedule.ValidateFor(edgeCount);

    internal override void Start(IOutageTarget run)
    {
        foreach (var edge in Schedule.Intervals.GroupBy(o => o.Edge))
        {
            run.Environment.Process(Outages(run, edge.Key, [.. edge]), $"edge {edge.Key} outages");
        }
    }

    private static IEnumerable<Event> Outages(IOutageTarget run, int edge, OutageInterval[] intervals)
    {
        var environment = run.Environment;
        foreach (var outage in intervals)
        {
            if (outage.Start > environment.Now)
            {
                yield return environment.Timeout(outage.Start - environment.Now);
            }
            run.Fail(edge);
            yield return environment.Timeout(outage.End - environment.Now);
            run.Recover(edge);
        }
    }
}
