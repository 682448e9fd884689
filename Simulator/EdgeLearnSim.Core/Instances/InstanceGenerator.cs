using System.Globalization;
using EdgeLearnSim.Core.Distributions;
using EdgeLearnSim.Core.Topologies;
using EdgeLearnSim.Engine.Random;
using MathNet.Numerics.Random;

namespace EdgeLearnSim.Core.Instances;

/// <summary>Draws an <see cref="EdgeLearningInstance"/> from an <see cref="InstanceSpec"/> and a seed (docs/model.md).</summary>
public static class InstanceGenerator
{
    /// <summary>
    /// The instance for <paramref name="spec"/> and <paramref name="seed"/>: the same pair always gives the same
    /// instance. Records, accuracy bounds, bandwidths, topology and arrivals each come from their own stream derived
    /// from the seed and a fixed label, so changing one distribution leaves the others' draws unchanged. Record
    /// counts are rounded to the nearest integer. BestR_i and s_i follow docs/model.md.
    /// </summary>
    /// <exception cref="InvalidInputException">
    /// A bad parameter or an impossible draw, located by the spec field (<c>tasks</c>, <c>edges</c>, <c>records</c>,
    /// <c>record_bytes</c>, <c>accuracy_bound</c>, <c>bandwidth_mbps</c>, <c>accuracy</c>, <c>min_ratio</c>,
    /// <c>topology…</c>, <c>arrivals…</c>) or the trace file, and naming the task or edge: a bandwidth that is not
    /// positive, a record count below 1, an accuracy bound no ratio in [min_ratio, 1] meets.
    /// </exception>
    public static EdgeLearningInstance Generate(InstanceSpec spec, ulong seed)
    {
        var problems = Validate(spec);
        if (problems.Count > 0)
        {
            throw problems[0];
        }
        var recordSampler = new DistributionSampler(spec.Records, "records");
        var boundSampler = new DistributionSampler(spec.AccuracyBound, "accuracy_bound");
        var bandwidthSampler = new DistributionSampler(spec.BandwidthMbps, "bandwidth_mbps");

        var edges = new EdgeServer[spec.Edges];
        var bandwidthStream = Stream(seed, "bandwidths");
        for (var j = 0; j < edges.Length; j++)
        {
            var bandwidth = bandwidthSampler.Sample(bandwidthStream);
            if (!(double.IsFinite(bandwidth) && bandwidth > 0))
            {
                throw new InvalidInputException("bandwidth_mbps", $"edge {j} drew {Format(bandwidth)} Mbps; bandwidth must be positive");
            }
            edges[j] = new EdgeServer(j, bandwidth);
        }
        DrawEdgePipeline(spec, seed, edges);

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

        tasks.Eligibility = TopologyGenerator.Generate(
            spec.Topology, spec.Tasks, spec.Edges, Stream(seed, "topology/edge-counts"), Stream(seed, "topology/edges"));
        ArrivalGenerator.Generate(spec.Arrivals, spec.Tasks, Stream(seed, "arrivals")).CopyTo(tasks.ReleaseTimes, 0);
        if (spec.DeviceUplinkMbps is { } deviceUplink)
        {
            tasks.DeviceUplinkMbps = DrawPositive(deviceUplink, "device_uplink_mbps", "task", spec.Tasks, Stream(seed, "device-uplinks"));
        }
        return new EdgeLearningInstance(tasks, edges);
    }

    /// <summary>C_j, k_j and κ_j, each from its own stream in edge order, so setting one leaves the others' draws unchanged.</summary>
    private static void DrawEdgePipeline(InstanceSpec spec, ulong seed, EdgeServer[] edges)
    {
        if (spec.EdgeAccessMbps is { } access)
        {
            var capacities = DrawPositive(access, "edge_access_mbps", "edge", edges.Length, Stream(seed, "edge-access"));
            for (var j = 0; j < edges.Length; j++)
            {
                edges[j] = edges[j] with { AccessMbps = capacities[j] };
            }
        }
        if (spec.EdgeCores is { } coreSpec)
        {
            var sampler = new DistributionSampler(coreSpec, "edge_cores");
            var stream = Stream(seed, "edge-cores");
            for (var j = 0; j < edges.Length; j++)
            {
                var cores = Math.Round(sampler.Sample(stream));
                if (!(cores >= 1 && cores <= int.MaxValue))
                {
                    throw new InvalidInputException("edge_cores", $"edge {j} drew {Format(cores)} cores; an edge needs at least 1");
                }
                edges[j] = edges[j] with { Cores = (int)cores };
            }
        }
        if (spec.CompressionSecondsPerByte is { } compression)
        {
            var sampler = new DistributionSampler(compression, "compression_seconds_per_byte");
            var stream = Stream(seed, "compression-speeds");
            for (var j = 0; j < edges.Length; j++)
            {
                var perByte = sampler.Sample(stream);
                if (!(double.IsFinite(perByte) && perByte >= 0))
                {
                    throw new InvalidInputException("compression_seconds_per_byte", $"edge {j} drew {Format(perByte)} s per byte; it must be finite and ≥ 0");
                }
                edges[j] = edges[j] with { CompressionSecondsPerByte = perByte };
            }
        }
    }

    private static double[] DrawPositive(DistributionSpec spec, string field, string what, int count, Random stream)
    {
        var sampler = new DistributionSampler(spec, field);
        var values = new double[count];
        for (var k = 0; k < count; k++)
        {
            var value = sampler.Sample(stream);
            if (!(double.IsFinite(value) && value > 0))
            {
                throw new InvalidInputException(field, $"{what} {k} drew {Format(value)} Mbps; a rate must be positive and finite");
            }
            values[k] = value;
        }
        return values;
    }

    private static double BestRatio(InstanceSpec spec, double bound, int task)
    {
        try
        {
            return spec.Accuracy.BestRatio(bound, spec.MinRatio);
        }
        catch (ArgumentException e)
        {
            throw new InvalidInputException("accuracy_bound", $"task {task} (LowA = {Format(bound)}): {e.Message}", e);
        }
    }

    /// <summary>
    /// Every problem with <paramref name="spec"/> that can be found without drawing, each located by its field (or trace
    /// file and line), so a scenario can report them all at once. Empty when <see cref="Generate"/> will only fail on an
    /// impossible draw (a bound above A(1), a non-positive bandwidth or record count).
    /// </summary>
    public static IReadOnlyList<InvalidInputException> Validate(InstanceSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var problems = new List<InvalidInputException>();
        void Check(string field, object? value, Action check)
        {
            if (value is null)
            {
                problems.Add(new InvalidInputException(field, "missing"));
                return;
            }
            try
            {
                check();
            }
            catch (InvalidInputException e)
            {
                problems.Add(e);
            }
        }
        Check("tasks", spec, () => Require(spec.Tasks >= 1, "tasks", $"must be at least 1, not {spec.Tasks}"));
        Check("edges", spec, () => Require(spec.Edges >= 1, "edges", $"must be at least 1, not {spec.Edges}"));
        Check("record_bytes", spec, () => Require(
            double.IsFinite(spec.RecordBytes) && spec.RecordBytes > 0, "record_bytes", $"must be positive and finite, not {Format(spec.RecordBytes)}"));
        Check("min_ratio", spec, () => Require(
            spec.MinRatio > 0 && spec.MinRatio <= 1, "min_ratio", $"must lie in (0, 1], not {Format(spec.MinRatio)}"));
        Check("accuracy", spec.Accuracy, () =>
        {
            try
            {
                spec.Accuracy.Validate();
            }
            catch (ArgumentException e)
            {
                throw new InvalidInputException("accuracy", e.Message, e);
            }
        });
        Check("records", spec.Records, () => _ = new DistributionSampler(spec.Records, "records"));
        Check("accuracy_bound", spec.AccuracyBound, () => _ = new DistributionSampler(spec.AccuracyBound, "accuracy_bound"));
        Check("bandwidth_mbps", spec.BandwidthMbps, () => _ = new DistributionSampler(spec.BandwidthMbps, "bandwidth_mbps"));
        Check(TopologySpec.Field, spec.Topology, () => spec.Topology.Validate(Math.Max(1, spec.Edges)));
        foreach (var (field, optional) in new[]
        {
            ("device_uplink_mbps", spec.DeviceUplinkMbps), ("edge_access_mbps", spec.EdgeAccessMbps),
            ("edge_cores", spec.EdgeCores), ("compression_seconds_per_byte", spec.CompressionSecondsPerByte),
        })
        {
            if (optional is not null)
            {
                Check(field, optional, () => _ = new DistributionSampler(optional, field));
            }
        }
        Check(ArrivalGenerator.Field, spec.Arrivals, () => ArrivalGenerator.Validate(spec.Arrivals, Math.Max(0, spec.Tasks)));
        return problems;
    }

    private static void Require(bool condition, string field, string problem)
    {
        if (!condition)
        {
            throw new InvalidInputException(field, problem);
        }
    }

    private static SeededRandom Stream(ulong seed, string role) => SeededRandom.For(seed, role);

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
