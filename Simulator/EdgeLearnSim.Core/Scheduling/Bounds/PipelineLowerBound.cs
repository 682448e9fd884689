using EdgeLearnSim.Core.Instances;

namespace EdgeLearnSim.Core.Scheduling.Bounds;

/// <summary>
/// A certified lower bound on the end-to-end makespan of the pipeline (docs/pipeline.md) over every assignment and
/// every service order, for constant uplink bandwidth and no outages. It is the largest of:
/// <list type="bullet">
/// <item>each stage's own bound: all of a stage's work passes within the makespan, so the related-machines bound of
/// <see cref="RelatedLowerBound"/> holds with sizes 8·D_i/10^6 and speeds C_j (access), D_i and k_j/κ_j
/// (compression), 8·D_i·BestR_i/10^6 and B_j (upload); a stage with an unlimited edge is left out;</item>
/// <item>max_i (r_i + min over eligible j of 8·D_i/(10^6·min(a_i, C_j)) + D_i·κ_j + 8·D_i·BestR_i/(10^6·B_j)):
/// a task passes its three stages one after the other, each at least that long.</item>
/// </list>
/// </summary>
public static class PipelineLowerBound
{
    /// <summary>The bound of <paramref name="instance"/> in seconds, up to the rounding of the sums (relative ~1e-15).</summary>
    public static double Compute(EdgeLearningInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var n = instance.TaskCount;
        var m = instance.EdgeCount;
        var edges = instance.Edges;
        var records = instance.Records;
        var recordBytes = instance.RecordBytes;
        var ratios = instance.BestRatios;
        var raw = new double[n];
        var compressedMegabits = new double[n];
        for (var i = 0; i < n; i++)
        {
            raw[i] = records[i] * recordBytes[i];
            compressedMegabits[i] = 8.0 * raw[i] * ratios[i] / 1e6;
        }

        var accessSpeeds = new double[m];
        var computeSpeeds = new double[m];
        var uplinkSpeeds = new double[m];
        for (var j = 0; j < m; j++)
        {
            accessSpeeds[j] = edges[j].AccessMbps;
            computeSpeeds[j] = edges[j].CompressionSecondsPerByte > 0 ? edges[j].Cores / edges[j].CompressionSecondsPerByte : double.PositiveInfinity;
            uplinkSpeeds[j] = edges[j].BandwidthMbps;
        }
        var bound = StageBound(instance, [.. raw.Select(d => 8.0 * d / 1e6)], accessSpeeds);
        bound = Math.Max(bound, StageBound(instance, raw, computeSpeeds));
        bound = Math.Max(bound, StageBound(instance, compressedMegabits, uplinkSpeeds));
        return Math.Max(bound, LongestSingleTask(instance, raw));
    }

    /// <summary>max_i (r_i + the shortest time its three stages take alone on one of its edges).</summary>
    private static double LongestSingleTask(EdgeLearningInstance instance, double[] rawBytes)
    {
        var releases = instance.ReleaseTimes;
        var ratios = instance.BestRatios;
        var edges = instance.Edges;
        var longest = 0.0;
        for (var i = 0; i < rawBytes.Length; i++)
        {
            var megabits = 8.0 * rawBytes[i] / 1e6;
            var device = instance.DeviceUplinkOf(i);
            var shortest = double.PositiveInfinity;
            foreach (var j in instance.EligibleEdges(i))
            {
                var edge = edges[j];
                var access = megabits / Math.Min(device, edge.AccessMbps);
                var compression = rawBytes[i] * edge.CompressionSecondsPerByte;
                var upload = megabits * ratios[i] / edge.BandwidthMbps;
                shortest = Math.Min(shortest, access + compression + upload);
            }
            longest = Math.Max(longest, releases[i] + shortest);
        }
        return longest;
    }

    private static double StageBound(EdgeLearningInstance instance, double[] sizes, double[] speeds)
    {
        if (Array.Exists(speeds, s => double.IsPositiveInfinity(s)))
        {
            return 0;
        }
        return instance.IsFullyConnected || instance.Eligibility is null
            ? RelatedLowerBound.Search(new NestedCapacityRatio(sizes, speeds))
            : RelatedLowerBound.Search(new FlowCapacityRatio(sizes, speeds, instance.Eligibility.Offsets, instance.Eligibility.FlatEdges));
    }
}
