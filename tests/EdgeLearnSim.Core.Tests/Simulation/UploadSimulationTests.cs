using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Core.Simulation;
using EdgeLearnSim.Core.Simulation.Dispatch;
using EdgeLearnSim.Core.Simulation.Uplinks;
using EdgeLearnSim.Core.Simulation.Bandwidth;
using EdgeLearnSim.Core.Simulation.Outages;
using static EdgeLearnSim.Core.Tests.Simulation.SimulationTestInstances;

namespace EdgeLearnSim.Core.Tests.Simulation;

public class UploadSimulationTests
{
    [Theory]
    [InlineData("fifo", Topology.OneToOne)]
    [InlineData("fifo", Topology.OneToMore)]
    [InlineData("fifo", Topology.FullyConnected)]
    [InlineData("fair-share", Topology.OneToOne)]
    [InlineData("fair-share", Topology.OneToMore)]
    [InlineData("fair-share", Topology.FullyConnected)]
    public void ConstantBandwidth_EdgeFinishesAtSumOfPhysicalTimes_AndWeightedMakespanIsAnalytic(string uplink, Topology topology)
    {
        var policy = UplinkPolicies.Default.Find(uplink);
        var random = Seeded(11 + (int)topology);
        var settings = new SimulationSettings { Uplink = policy };
        for (var trial = 0; trial < 200; trial++)
        {
            var instance = Random(random, random.Next(1, 60), random.Next(1, 9), topology);
            var schedule = RandomSchedule(random, instance);
            var result = UploadSimulation.Run(instance, schedule, settings, (ulong)trial);

            var expectedFinish = new double[instance.EdgeCount];
            for (var i = 0; i < instance.TaskCount; i++)
            {
                var j = schedule.EdgeOf[i];
                expectedFinish[j] += 8.0 * instance.Tasks[i].RawBytes * instance.Tasks[i].BestRatio / (instance.Edges[j].BandwidthMbps * 1e6);
                Assert.Equal(j, result.Tasks[i].Edge);
            }
            for (var j = 0; j < instance.EdgeCount; j++)
            {
                AssertRelative(expectedFinish[j], result.Edges[j].FinishTime, 1e-9);
                AssertRelative(expectedFinish[j], result.Edges[j].BusyTime, 1e-9);
            }
            AssertRelative(Assignments.Loads(instance, schedule.EdgeOf).Max(), result.WeightedMakespan, 1e-9);
            AssertRelative(schedule.Makespan, result.WeightedMakespan, 1e-9);
            AssertRelative(expectedFinish.Max(), result.SimulatedMakespan, 1e-9);
            Assert.Equal(0, result.Redispatched);
        }
    }

    [Theory]
    [InlineData("fifo")]
    [InlineData("fair-share")]
    public void EventCount_IsOnePerUploadPlusOnePerBusyEdge(string uplink)
    {
        var policy = UplinkPolicies.Default.Find(uplink);
        // Releases at 0, constant bandwidth: one completion timer per upload (fair share: per distinct finish
        // tag, so uploads of equal size on one edge share one), a first wake-up per edge that gets work, and the
        // release process's start and end and the final stop event.
        var random = Seeded(17);
        var instance = Random(random, 500, 7, Topology.FullyConnected);
        var schedule = RandomSchedule(random, instance);
        var result = UploadSimulation.Run(instance, schedule, new SimulationSettings { Uplink = policy }, 1);
        var busyEdges = schedule.EdgeOrder.Count(order => order.Count > 0);
        var expected = 500 + busyEdges + 3;
        if (policy == UplinkPolicy.Fifo)
        {
            Assert.Equal(expected, result.EventCount);
        }
        else
        {
            var distinctFinishes = Enumerable.Range(0, 7)
                .Sum(j => schedule.EdgeOrder[j].Select(i => instance.Tasks[i].Records).Distinct().Count());
            Assert.Equal(expected - 500 + distinctFinishes, result.EventCount);
        }
    }

    [Fact]
    public void Fifo_ServesInTheSchedulersOrder()
    {
        var instance = new EdgeLearningInstance([PlainTask(0, 1e6), PlainTask(1, 2e6), PlainTask(2, 3e6)], [new EdgeServer(0, 8)]);
        var schedule = Assignments.ToResult(instance, [0, 0, 0], ExitReason.Completed, edgeOrder: [[2, 0, 1]]);
        var result = UploadSimulation.Run(instance, schedule, new SimulationSettings(), 1);
        Assert.Equal([4.0, 6.0, 3.0], result.Tasks.Select(t => t.UploadEnd));
        Assert.Equal([3.0, 4.0, 0.0], result.Tasks.Select(t => t.UploadStart));
    }

    [Fact]
    public void FairShare_HandComputedExample()
    {
        // 8 Mbps = 1 MB/s. A (1 MB) and B (3 MB) start at 0 and get 0.5 MB/s each; at 1 s A has 0.5 MB left and
        // B 2.5 MB, and C (0.5 MB) arrives: three flows at 1/3 MB/s, so A and C end at 2.5 s with B at 2 MB left,
        // which alone at 1 MB/s ends at 4.5 s.
        var instance = new EdgeLearningInstance(
            [PlainTask(0, 1e6), PlainTask(1, 3e6), PlainTask(2, 0.5e6, release: 1)],
            [new EdgeServer(0, 8)]);
        var schedule = Assignments.ToResult(instance, [0, 0, 0], ExitReason.Completed);
        var result = UploadSimulation.Run(instance, schedule, new SimulationSettings { Uplink = UplinkPolicy.FairShare }, 1);
        Assert.Equal(2.5, result.Tasks[0].UploadEnd, 12);
        Assert.Equal(4.5, result.Tasks[1].UploadEnd, 12);
        Assert.Equal(2.5, result.Tasks[2].UploadEnd, 12);
        Assert.Equal(1.0, result.Tasks[2].UploadStart, 12);
        Assert.Equal(4.5, result.Edges[0].BusyTime, 12);
        Assert.Equal(4.5e6, result.BytesToCloud, 3);
        Assert.Equal((2.5 + 4.5 + 1.5) / 3, result.MeanCompletionTime, 12);
    }

    [Fact]
    public void Trace_BandwidthHalvesMidUpload_HandComputed()
    {
        // Trace 8 Mbps on [0,2), 4 Mbps after (hold-last). Task 0 (3 MB = 24 Mbit): 16 Mbit by 2 s, 8 Mbit more at
        // 4 Mbps ends at 4 s. Task 1 (1 MB = 8 Mbit) follows at 4 Mbps: ends at 6 s.
        var trace = BandwidthTrace.Parse("halving", ["0 8", "2 4"]);
        var settings = new SimulationSettings
        {
            Bandwidth = new BandwidthVariation { Traces = [trace], EndMode = TraceEndMode.HoldLast, Scaling = TraceScaling.Scale },
        };
        var instance = new EdgeLearningInstance([PlainTask(0, 3e6), PlainTask(1, 1e6)], [new EdgeServer(0, 1000)]);
        var result = UploadSimulation.Run(instance, Assignments.ToResult(instance, [0, 0], ExitReason.Completed), settings, 1);
        Assert.Equal(4.0, result.Tasks[0].UploadEnd, 12);
        Assert.Equal(6.0, result.Tasks[1].UploadEnd, 12);

        // The same trace normalised to an edge mean of 12 Mbps and repeated: 16 Mbps on [0,2), 8 on [2,4), ...
        // Two 6 MB (48 Mbit) uploads: 32 + 16 Mbit ends at 4 s, then again 32 + 16 Mbit ends at 8 s.
        var normalised = settings with { Bandwidth = new BandwidthVariation { Traces = [trace], EndMode = TraceEndMode.Repeat } };
        var second = new EdgeLearningInstance([PlainTask(0, 6e6), PlainTask(1, 6e6)], [new EdgeServer(0, 12)]);
        var repeated = UploadSimulation.Run(second, Assignments.ToResult(second, [0, 0], ExitReason.Completed), normalised, 1);
        Assert.Equal(4.0, repeated.Tasks[0].UploadEnd, 12);
        Assert.Equal(8.0, repeated.Tasks[1].UploadEnd, 12);
    }

    [Theory]
    [InlineData(RedispatchMode.Resume, 5.0)]
    [InlineData(RedispatchMode.Restart, 6.0)]
    public void Outage_RedispatchedTaskFinishesAtHandComputedTime(RedispatchMode mode, double expectedEnd)
    {
        // Two 1 MB/s edges. Task 0 (4 MB) on edge 0, task 1 (2 MB) on edge 1. Edge 0 is down on [1, 10): task 0
        // has 3 MB left (Resume) or all 4 MB (Restart); edge 1 is busy until 2 s, so task 0 ends at 5 s or 6 s.
        var instance = new EdgeLearningInstance(
            [PlainTask(0, 4e6, eligible: [0, 1]), PlainTask(1, 2e6, eligible: [1])],
            [new EdgeServer(0, 8), new EdgeServer(1, 8)]);
        var settings = new SimulationSettings
        {
            Outages = new ScheduledOutages(OutageSchedule.Parse("outages", ["0 1 10"])),
            Redispatch = mode,
        };
        var result = UploadSimulation.Run(instance, Assignments.ToResult(instance, [0, 1], ExitReason.Completed), settings, 1);
        Assert.Equal(expectedEnd, result.Tasks[0].UploadEnd, 12);
        Assert.Equal(1, result.Tasks[0].Edge);
        Assert.Equal(0.0, result.Tasks[0].UploadStart);
        Assert.Equal(1, result.Redispatched);
        Assert.Equal(1, result.Tasks[0].Redispatches);
        Assert.Equal(mode == RedispatchMode.Resume ? 6e6 : 7e6, result.BytesToCloud, 3);
        Assert.Equal(1e6, result.Edges[0].BytesUploaded, 3);
        Assert.Equal(expectedEnd - 1, result.Edges[0].DownTime, 12);
    }

    [Fact]
    public void Timeline_HandComputed_AndChangesNoResult()
    {
        // The outage example above (Resume): edge 0 down on [1, 10), task 0 moved to edge 1 at 1 s with 3 MB (24 Mbit)
        // left behind task 1's remaining 1 MB. Samples every 1 s up to the end at 5 s (the sample at 5 s follows the last completion).
        var instance = new EdgeLearningInstance(
            [PlainTask(0, 4e6, eligible: [0, 1]), PlainTask(1, 2e6, eligible: [1])],
            [new EdgeServer(0, 8), new EdgeServer(1, 8)]);
        var settings = new SimulationSettings { Outages = new ScheduledOutages(OutageSchedule.Parse("outages", ["0 1 10"])) };
        var schedule = Assignments.ToResult(instance, [0, 1], ExitReason.Completed);
        var plain = UploadSimulation.Run(instance, schedule, settings, 1);
        var sampled = UploadSimulation.Run(instance, schedule, settings with { TimelineStepSeconds = 1 }, 1);
        Assert.Null(plain.Timeline);
        Assert.Equal(plain.Tasks, sampled.Tasks);
        Assert.Equal(plain.Edges, sampled.Edges);
        var timeline = sampled.Timeline!;
        Assert.Equal([0.0, 1, 2, 3, 4, 5], timeline.Times);
        Assert.Equal([true, false, false, false, false, false], timeline.Edges[0].Up);
        Assert.All(timeline.Edges[1].Up, Assert.True);
        Assert.All(timeline.Edges.SelectMany(e => e.Mbps), r => Assert.Equal(8.0, r));
        // Edge 0 holds 32 Mbit at 0 and nothing once down; edge 1 holds 16 Mbit at 0, then 8 + 24 at 1 s, draining at 8 Mbit/s.
        Assert.Equal([32.0, 0, 0, 0, 0, 0], timeline.Edges[0].QueuedMegabits);
        Assert.Equal([16.0, 32, 24, 16, 8, 0], timeline.Edges[1].QueuedMegabits.Select(v => Math.Round(v, 9)));
    }

    [Fact]
    public void Outage_TaskWithNoEligibleEdgeUpWaitsForItsReturn()
    {
        // Task 0 (4 MB) can use only edge 0, down on [1, 3): it waits and finishes its last 3 MB at 6 s.
        var instance = new EdgeLearningInstance([PlainTask(0, 4e6, eligible: [0])], [new EdgeServer(0, 8), new EdgeServer(1, 8)]);
        var settings = new SimulationSettings { Outages = new ScheduledOutages(OutageSchedule.Parse("outages", ["0 1 3"])) };
        var result = UploadSimulation.Run(instance, Assignments.ToResult(instance, [0], ExitReason.Completed), settings, 1);
        Assert.Equal(6.0, result.Tasks[0].UploadEnd, 12);
        Assert.Equal(0, result.Tasks[0].Edge);
        Assert.Equal(1, result.Redispatched);
        Assert.Equal(4.0 / 6.0, result.Edges[0].Utilisation, 12);
    }

    [Fact]
    public void CompressionAndAccess_PipelineHandComputed()
    {
        // Device links 8 Mbps, access capacity unlimited: each 1 MB task reaches the edge at 1 s. Compression 1 µs/byte
        // on one core: 1 s per task, one at a time. Upload at 8 Mbps: 1 s. Task 0: arrive 1, compress 1–2, upload 2–3.
        // Task 1: compress 2–3, upload 3–4.
        var instance = new EdgeLearningInstance(
            [PlainTask(0, 1e6) with { DeviceUplinkMbps = 8 }, PlainTask(1, 1e6) with { DeviceUplinkMbps = 8 }],
            [new EdgeServer(0, 8) { CompressionSecondsPerByte = 1e-6 }]);
        var result = UploadSimulation.Run(instance, Assignments.ToResult(instance, [0, 0], ExitReason.Completed), new SimulationSettings(), 1);
        Assert.Equal([1.0, 2.0], result.Tasks.Select(t => t.Start));
        Assert.Equal([2.0, 3.0], result.Tasks.Select(t => t.CompressionEnd));
        Assert.Equal([2.0, 3.0], result.Tasks.Select(t => t.UploadStart));
        Assert.Equal([3.0, 4.0], result.Tasks.Select(t => t.UploadEnd));
    }

    [Fact]
    public void ZeroBandwidthForEver_StopsAndSaysSo()
    {
        var trace = BandwidthTrace.Parse("dies", ["0 8", "1 0"]);
        var settings = new SimulationSettings
        {
            Bandwidth = new BandwidthVariation { Traces = [trace], EndMode = TraceEndMode.HoldLast, Scaling = TraceScaling.Scale },
        };
        var instance = new EdgeLearningInstance([PlainTask(0, 2e6)], [new EdgeServer(0, 8)]);
        var error = Assert.Throws<SimulationStalledException>(
            () => UploadSimulation.Run(instance, Assignments.ToResult(instance, [0], ExitReason.Completed), settings, 1));
        Assert.Contains("Edge 0", error.Message, StringComparison.Ordinal);
        Assert.Contains("0 for ever", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ZeroBandwidthForAWhile_Pauses()
    {
        // 8 Mbps on [0,1), 0 on [1,3), 8 after: a 2 MB upload ends at 4 s.
        var trace = BandwidthTrace.Parse("gap", ["0 8", "1 0", "3 8"]);
        var settings = new SimulationSettings
        {
            Bandwidth = new BandwidthVariation { Traces = [trace], EndMode = TraceEndMode.HoldLast, Scaling = TraceScaling.Scale },
        };
        var instance = new EdgeLearningInstance([PlainTask(0, 2e6)], [new EdgeServer(0, 8)]);
        var result = UploadSimulation.Run(instance, Assignments.ToResult(instance, [0], ExitReason.Completed), settings, 1);
        Assert.Equal(4.0, result.Tasks[0].UploadEnd, 12);
    }

    [Fact]
    public void Horizon_CutsALongRun()
    {
        var instance = new EdgeLearningInstance([PlainTask(0, 2e6)], [new EdgeServer(0, 8)]);
        var settings = new SimulationSettings { Horizon = 1 };
        var error = Assert.Throws<SimulationIncompleteException>(
            () => UploadSimulation.Run(instance, Assignments.ToResult(instance, [0], ExitReason.Completed), settings, 1));
        Assert.Contains("1 of 1 tasks unfinished", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EventLimit_StopsALivelockAndSaysSo()
    {
        // Restarted uploads of 4 s that outages cut every 2 s never finish.
        var rows = Enumerable.Range(0, 1000).Select(k => FormattableString.Invariant($"0 {(3 * k) + 2} {(3 * k) + 3}")).ToArray();
        var settings = new SimulationSettings
        {
            Outages = new ScheduledOutages(OutageSchedule.Parse("cuts", rows)),
            Redispatch = RedispatchMode.Restart,
            MaxEvents = 500,
        };
        var instance = new EdgeLearningInstance([PlainTask(0, 4e6)], [new EdgeServer(0, 8)]);
        var error = Assert.Throws<SimulationIncompleteException>(
            () => UploadSimulation.Run(instance, Assignments.ToResult(instance, [0], ExitReason.Completed), settings, 1));
        Assert.Contains("limit of 500 events", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Online_LeastLoaded_PicksEarliestExpectedFinish()
    {
        // Edge 0 at 8 Mbps, edge 1 at 16 Mbps; three 2 MB tasks at 0: to edge 1 (1 s), then edge 1 (2 s) beats
        // edge 0 (2 s; tie to the lower index: edge 0), then edge 1 (3 s) beats edge 0 (4 s).
        var instance = new EdgeLearningInstance([PlainTask(0, 2e6), PlainTask(1, 2e6), PlainTask(2, 2e6)], [new EdgeServer(0, 8), new EdgeServer(1, 16)]);
        var result = UploadSimulation.RunOnline(instance, LeastExpectedFinishPolicy.Kind, new SimulationSettings(), 1);
        Assert.Equal([1, 0, 1], result.Tasks.Select(t => t.Edge));
        Assert.Equal([1.0, 2.0, 2.0], result.Tasks.Select(t => t.UploadEnd));
    }

    [Fact]
    public void Online_Random_UsesOnlyEligibleEdges_AndIsDeterministicPerSeed()
    {
        var random = Seeded(5);
        var instance = Random(random, 200, 6, Topology.OneToMore, maxRelease: 50);
        var first = UploadSimulation.RunOnline(instance, RandomDispatchPolicy.Kind, new SimulationSettings(), 42);
        var again = UploadSimulation.RunOnline(instance, RandomDispatchPolicy.Kind, new SimulationSettings(), 42);
        var other = UploadSimulation.RunOnline(instance, RandomDispatchPolicy.Kind, new SimulationSettings(), 43);
        Assert.Equal(first.Tasks, again.Tasks);
        Assert.Equal(first.EventCount, again.EventCount);
        Assert.NotEqual(first.Tasks.Select(t => t.Edge), other.Tasks.Select(t => t.Edge));
        foreach (var task in first.Tasks)
        {
            Assert.Contains(task.Edge, instance.EligibleEdges(task.Task).ToArray());
        }
    }

    [Fact]
    public void Metrics_PercentileAndBytes()
    {
        var instance = new EdgeLearningInstance(
            [.. Enumerable.Range(0, 20).Select(i => PlainTask(i, 1e6))],
            [new EdgeServer(0, 8)]);
        var result = UploadSimulation.Run(instance, Assignments.ToResult(instance, new int[20], ExitReason.Completed), new SimulationSettings(), 1);
        // Completion times 1..20 s: nearest-rank 95th percentile is the 19th.
        Assert.Equal(19.0, result.P95CompletionTime, 9);
        Assert.Equal(10.0, result.P50CompletionTime, 9);
        Assert.Equal(10.5, result.MeanCompletionTime, 9);
        Assert.Equal(1.0, result.MeanUtilisation, 12);
        Assert.Equal(20e6, result.BytesToCloud, 1);
        Assert.Equal(20e6, result.RawBytes, 1);
        Assert.Equal(1.0, result.Edges[0].Utilisation, 12);
    }

    [Fact]
    public void P95_IsTheNearestRankOnRandomRuns()
    {
        var random = Seeded(23);
        for (var trial = 0; trial < 50; trial++)
        {
            var instance = Random(random, random.Next(1, 300), 4, Topology.OneToMore, maxRelease: 20);
            var result = UploadSimulation.Run(instance, RandomSchedule(random, instance), new SimulationSettings(), 1);
            var sorted = result.Tasks.Select(t => t.CompletionTime).Order().ToArray();
            Assert.Equal(sorted[(int)Math.Ceiling(0.95 * sorted.Length) - 1], result.P95CompletionTime);
            Assert.Equal(sorted[(int)Math.Ceiling(0.5 * sorted.Length) - 1], result.P50CompletionTime);
            Assert.Equal(result.Edges.Average(e => e.BusyTime / result.SimulatedMakespan), result.MeanUtilisation, 12);
            Assert.Equal(sorted.Average(), result.MeanCompletionTime, 9);
        }
    }

    [Fact]
    public void UtilisationOverTime_HandComputed()
    {
        // Edge 0 uploads 1 MB on [0,1) and, released at 2.5, 1 MB on [2.5,3.5); edge 1 is idle. Bins of 1 s up to the
        // makespan 3.5: [1, 0, 0.5, 1] (the last bin is [3, 3.5), busy throughout).
        var instance = new EdgeLearningInstance([PlainTask(0, 1e6), PlainTask(1, 1e6, release: 2.5)], [new EdgeServer(0, 8), new EdgeServer(1, 8)]);
        var settings = new SimulationSettings { UtilisationBinSeconds = 1 };
        var result = UploadSimulation.Run(instance, Assignments.ToResult(instance, [0, 0], ExitReason.Completed), settings, 1);
        Assert.NotNull(result.UtilisationOverTime);
        Assert.Equal([1.0, 0.0, 0.5, 1.0], result.UtilisationOverTime[0]);
        Assert.Equal([0.0, 0.0, 0.0, 0.0], result.UtilisationOverTime[1]);
        Assert.Equal(2.0 / 3.5, result.Edges[0].Utilisation, 12);
    }

    [Fact]
    public void BadSettings_NameTheField()
    {
        var instance = new EdgeLearningInstance([PlainTask(0, 1e6)], [new EdgeServer(0, 8)]);
        var schedule = Assignments.ToResult(instance, [0], ExitReason.Completed);
        var error = Assert.Throws<InvalidInputException>(
            () => UploadSimulation.Run(instance, schedule, new SimulationSettings { Energy = new EnergyModel { DeviceWatts = -1 } }, 1));
        Assert.Equal("simulation.energy.device.watts", error.Location);
        var outages = new SimulationSettings { Outages = new ScheduledOutages(OutageSchedule.Parse("o.txt", ["# edges", "3 1 2"])) };
        var edgeError = Assert.Throws<InvalidInputException>(() => UploadSimulation.Run(instance, schedule, outages, 1));
        Assert.Equal("o.txt:2:1", edgeError.Location);
    }

    private static void AssertRelative(double expected, double actual, double tolerance) =>
        Assert.True(Math.Abs(expected - actual) <= tolerance * Math.Max(Math.Abs(expected), 1e-300), $"expected {expected:R}, got {actual:R}");
}
