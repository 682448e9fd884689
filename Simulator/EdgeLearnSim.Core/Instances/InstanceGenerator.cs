using System.Globalization;
using EdgeLearnSim.Core.Distributions;
using EdgeLearnSim.Core.Topologies;
using EdgeLearnSim.Engine.Random;
using MathNet.Numerics.Random;

namespace EdgeLearnSim.Core.Instances;

/// <summary>Draws an <see cref="EdgeLearningInstance"/> from an <see cref="InstanceSpec"/> and a seed (SPEC §1–3, §5).</summary>
public static class InstanceGenerator
{
    /// <summary>
    /// The instance for <paramref name="spec"/> and <paramref name="seed"/>: the same pair always gives the same
    /// instance. Records, accuracy bounds, bandwidths, topology and arrivals each come from their own stream derived
    /// from the seed and a fixed label, so changing one distribution leaves the others' draws unchanged. Record
    /// counts are rounded to the nearest integer. BestR_i and s_i follow SPEC §2–3.
    /// </summary>
    /// <exception cref="InvalidInputException">
    /// A bad parameter or an impossible draw, located by the spec field (<c>tasks</c>, <c>edges</c>, <c>records</c>,
    /// <c>record-bytes</c>, <c>accuracy-bound</c>, <c>bandwidth-mbps</c>, <c>accuracy</c>, <c>min-ratio</c>,
    /// <c>topology…</c>, <c>arrivals…</c>) or the trace file, and naming the task or edge: a bandwidth that is not
    /// positive, a record count below 1, an accuracy bound no ratio in [min-ratio, 1] meets.
    /// </exception>
    public static EdgeLearningInstance Generate(InstanceSpec spec, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ValidateScalars(spec);
        var recordSampler = new DistributionSampler(spec.Records, "records");
        var boundSampler = new DistributionSampler(spec.AccuracyBound, "accuracy-bound");
        var bandwidthSampler = new DistributionSampler(spec.BandwidthMbps, "bandwidth-mbps");

        var edges = new EdgeServer[spec.Edges];
        var bandwidthStream = Stream(seed, "bandwidths");
        for (var j = 0; j < edges.Length; j++)
        {
            var bandwidth = bandwidthSampler.Sample(bandwidthStream);
            if (!(double.IsFinite(bandwidth) && bandwidth > 0))
            {
                throw new InvalidInputException("bandwidth-mbps", $"edge {j} drew {Format(bandwidth)} Mbps; bandwidth must be positive");
            }
            edges[j] = new EdgeServer(j, bandwidth);
        }

        var tasks = new TaskColumns(spec.Tasks);
        var recordStream = Stream(seed, "records");
        var boundStream = Stream(seed, "accuracy-bounds");
        var previousBound = double.NaN;
        var previousBestRatio = double.NaN;
        for (var i = 0; i < spec.Tasks; i++)
        {
            var drawnRecords = Math.Round(recordSampler.Sample(recordStream));
            if (!(drawnRecords >= 1 && drawnRecords < long.MaxValue))
            {
                throw new InvalidInputException("records", $"task {i} drew {Format(drawnRecords)} records; a task needs at least 1");
            }
            var bound = boundSampler.Sample(boundStream);
            // Bounds usually repeat (the default is a constant): reuse the last root instead of solving again.
            if (!bound.Equals(previousBound))
            {
                previousBestRatio = BestRatio(spec, bound, i);
                previousBound = bound;
            }
            var records = (long)drawnRecords;
            tasks.Records[i] = records;
            tasks.RecordBytes[i] = spec.RecordBytes;
            tasks.AccuracyBounds[i] = bound;
            tasks.BestRatios[i] = previousBestRatio;
            tasks.WeightedSizes[i] = spec.Accuracy.WeightedSize(records * spec.RecordBytes, previousBestRatio);
        }

        tasks.Eligibility = TopologyGenerator.Generate(spec.Topology, spec.Tasks, spec.Edges, Stream(seed, "topology"));
        ArrivalGenerator.Generate(spec.Arrivals, spec.Tasks, Stream(seed, "arrivals")).CopyTo(tasks.ReleaseTimes, 0);
        return new EdgeLearningInstance(tasks, edges);
    }

    private static double BestRatio(InstanceSpec spec, double bound, int task)
    {
        try
        {
            return spec.Accuracy.BestRatio(bound, spec.MinRatio);
        }
        catch (ArgumentException e)
        {
            throw new InvalidInputException("accuracy-bound", $"task {task} (LowA = {Format(bound)}): {e.Message}", e);
        }
    }

    private static void ValidateScalars(InstanceSpec spec)
    {
        if (spec.Tasks < 1)
        {
            throw new InvalidInputException("tasks", $"must be at least 1, not {spec.Tasks}");
        }
        if (spec.Edges < 1)
        {
            throw new InvalidInputException("edges", $"must be at least 1, not {spec.Edges}");
        }
        if (!(double.IsFinite(spec.RecordBytes) && spec.RecordBytes > 0))
        {
            throw new InvalidInputException("record-bytes", $"must be positive and finite, not {Format(spec.RecordBytes)}");
        }
        if (!(spec.MinRatio > 0 && spec.MinRatio <= 1))
        {
            throw new InvalidInputException("min-ratio", $"must lie in (0, 1], not {Format(spec.MinRatio)}");
        }
        ArgumentNullException.ThrowIfNull(spec.Accuracy);
        try
        {
            spec.Accuracy.Validate();
        }
        catch (ArgumentException e)
        {
            throw new InvalidInputException("accuracy", e.Message, e);
        }
    }

    private static Xoshiro256StarStar Stream(ulong seed, string label) =>
        new(StableSeed.ToInt32(StableSeed.Derive(seed, label)), threadSafe: false);

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
