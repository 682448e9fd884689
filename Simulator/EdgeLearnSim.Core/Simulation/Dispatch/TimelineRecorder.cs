using EdgeLearnSim.Core.Simulation.Results;
using EdgeLearnSim.Engine;

namespace EdgeLearnSim.Core.Simulation.Dispatch;

/// <summary>
/// A process that samples every edge every <c>step</c> simulated seconds. It only reads state, so a run with it gives
/// the same result as one without (its timeouts add events but never reorder the others).
/// </summary>
internal sealed class TimelineRecorder(SimulationEnvironment environment, IReadOnlyList<EdgeNode> nodes, double step)
{
    private readonly List<double> times = [];
    private readonly List<double>[] mbps = [.. nodes.Select(_ => new List<double>())];
    private readonly List<double>[] queued = [.. nodes.Select(_ => new List<double>())];
    private readonly List<bool>[] up = [.. nodes.Select(_ => new List<bool>())];

    public void Start() => environment.Process(Sample(), "timeline");

    public SimulationTimeline Build() => new(
        [.. times],
        [.. nodes.Select((node, j) => new EdgeTimeline(node.Id, [.. mbps[j]], [.. queued[j]], [.. up[j]]))]);

    private IEnumerable<Event> Sample()
    {
        for (var k = 0L; ; k++)
        {
            var time = k * step;
            if (time > environment.Now)
            {
                yield return environment.Timeout(time - environment.Now);
            }
            var now = environment.Now;
            times.Add(now);
            for (var j = 0; j < nodes.Count; j++)
            {
                mbps[j].Add(nodes[j].Uplink.Profile.RateAt(now));
                queued[j].Add(nodes[j].Uplink.Backlog(now));
                up[j].Add(nodes[j].IsUp);
            }
        }
    }
}
