using EdgeLearnSim.Core.Instances;

namespace EdgeLearnSim.Core.Scheduling.Heuristics;

/// <summary>
/// A fast estimate of one edge's finish time in the pipeline for a given task order, used by <c>pipeline-search</c>
/// to rank moves before it simulates. Each task passes its stages in order: access as a fluid queue at C_j (no
/// earlier than r_i plus its own transfer at min(a_i, C_j)), compression on the earliest free of k_j cores, upload
/// FIFO at B_j. The last upload's end is the same under any work-conserving uplink given the same arrivals, so the
/// estimate serves FIFO and fair share alike; only the access sharing is approximated.
/// </summary>
internal sealed class PipelineSurrogate
{
    private readonly EdgeLearningInstance instance;
    private readonly double[] rawMegabits;
    private readonly double[] rawBytes;
    private readonly double[] uploadMegabits;
    private readonly double[] coreFree;

    public PipelineSurrogate(EdgeLearningInstance instance)
    {
        this.instance = instance;
        var n = instance.TaskCount;
        rawMegabits = new double[n];
        rawBytes = new double[n];
        uploadMegabits = new double[n];
        var records = instance.Records;
        var recordBytes = instance.RecordBytes;
        var ratios = instance.BestRatios;
        for (var i = 0; i < n; i++)
        {
            rawBytes[i] = records[i] * recordBytes[i];
            rawMegabits[i] = 8.0 * rawBytes[i] / 1e6;
            uploadMegabits[i] = 8.0 * rawBytes[i] * ratios[i] / 1e6;
        }
        coreFree = new double[instance.Edges.Max(e => e.Cores)];
    }

    /// <summary>The estimated end of edge <paramref name="edge"/>'s last upload when it serves <paramref name="order"/>.</summary>
    public double Finish(int edge, IReadOnlyList<int> order)
    {
        var server = instance.Edges[edge];
        var releases = instance.ReleaseTimes;
        Array.Clear(coreFree, 0, server.Cores);
        double accessFree = 0, uplinkFree = 0;
        foreach (var i in order)
        {
            var alone = rawMegabits[i] / Math.Min(instance.DeviceUplinkOf(i), server.AccessMbps);
            accessFree = Math.Max(accessFree, releases[i]) + (rawMegabits[i] / server.AccessMbps);
            var arrival = Math.Max(releases[i] + alone, accessFree);
            var core = 0;
            for (var c = 1; c < server.Cores; c++)
            {
                if (coreFree[c] < coreFree[core])
                {
                    core = c;
                }
            }
            var compressed = Math.Max(arrival, coreFree[core]) + (rawBytes[i] * server.CompressionSecondsPerByte);
            coreFree[core] = compressed;
            uplinkFree = Math.Max(compressed, uplinkFree) + (uploadMegabits[i] / server.BandwidthMbps);
        }
        return uplinkFree;
    }

    /// <summary>
    /// <paramref name="tasks"/> in Johnson's order for the two machines "reach the edge and compress" and "upload":
    /// those whose first part is shorter first by it ascending, then the rest by upload descending (ties: task id).
    /// Optimal for one core, releases at 0 and no shared access; a good order otherwise.
    /// </summary>
    public List<int> JohnsonOrder(int edge, IEnumerable<int> tasks)
    {
        var server = instance.Edges[edge];
        var keyed = tasks.Select(i =>
        {
            var first = (rawMegabits[i] / Math.Min(instance.DeviceUplinkOf(i), server.AccessMbps)) + (rawBytes[i] * server.CompressionSecondsPerByte);
            var second = uploadMegabits[i] / server.BandwidthMbps;
            return (Task: i, Early: first < second, Key: first < second ? first : -second);
        }).ToList();
        keyed.Sort((a, b) => a.Early != b.Early ? (a.Early ? -1 : 1) : a.Key != b.Key ? a.Key.CompareTo(b.Key) : a.Task.CompareTo(b.Task));
        return [.. keyed.Select(k => k.Task)];
    }
}
