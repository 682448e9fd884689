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
    /// A schedule built on the surrogate alone: tasks by release, then by raw size descending (then id), each appended
    /// to the eligible edge where it would finish first (ties: the lower edge), so every stage's load is balanced, not
    /// just the upload's. Each edge serves its tasks in the order they were appended.
    /// </summary>
    public (int[] EdgeOf, List<int>[] Order) EarliestFinishAppend()
    {
        var n = instance.TaskCount;
        var m = instance.EdgeCount;
        var releases = instance.ReleaseTimes;
        var order = Enumerable.Range(0, n).ToArray();
        var releaseKeys = releases.ToArray();
        Array.Sort(order, (a, b) =>
        {
            var byRelease = releaseKeys[a].CompareTo(releaseKeys[b]);
            return byRelease != 0 ? byRelease : rawBytes[a] != rawBytes[b] ? rawBytes[b].CompareTo(rawBytes[a]) : a.CompareTo(b);
        });
        var accessFree = new double[m];
        var uplinkFree = new double[m];
        var cores = new double[m][];
        for (var j = 0; j < m; j++)
        {
            cores[j] = new double[instance.Edges[j].Cores];
        }
        var edgeOf = new int[n];
        var lists = new List<int>[m];
        for (var j = 0; j < m; j++)
        {
            lists[j] = [];
        }
        foreach (var i in order)
        {
            var best = -1;
            var bestFinish = double.PositiveInfinity;
            foreach (var j in instance.EligibleEdges(i))
            {
                var finish = Append(i, j, accessFree, cores[j], uplinkFree, commit: false);
                if (finish < bestFinish)
                {
                    best = j;
                    bestFinish = finish;
                }
            }
            Append(i, best, accessFree, cores[best], uplinkFree, commit: true);
            edgeOf[i] = best;
            lists[best].Add(i);
        }
        return (edgeOf, lists);
    }

    /// <summary>The end of task <paramref name="i"/>'s upload if appended to edge <paramref name="j"/>'s order; with <paramref name="commit"/>, the edge's state moves on.</summary>
    private double Append(int i, int j, double[] accessFree, double[] coreFree, double[] uplinkFree, bool commit)
    {
        var server = instance.Edges[j];
        var release = instance.ReleaseTimes[i];
        var alone = rawMegabits[i] / Math.Min(instance.DeviceUplinkOf(i), server.AccessMbps);
        var access = Math.Max(accessFree[j], release) + (rawMegabits[i] / server.AccessMbps);
        var arrival = Math.Max(release + alone, access);
        var core = 0;
        for (var c = 1; c < coreFree.Length; c++)
        {
            if (coreFree[c] < coreFree[core])
            {
                core = c;
            }
        }
        var compressed = Math.Max(arrival, coreFree[core]) + (rawBytes[i] * server.CompressionSecondsPerByte);
        var uploaded = Math.Max(compressed, uplinkFree[j]) + (uploadMegabits[i] / server.BandwidthMbps);
        if (commit)
        {
            accessFree[j] = access;
            coreFree[core] = compressed;
            uplinkFree[j] = uploaded;
        }
        return uploaded;
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
