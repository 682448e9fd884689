using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Core.Simulation;
using EdgeLearnSim.Core.Simulation.Dispatch;
using EdgeLearnSim.Core.Simulation.Outages;
using EdgeLearnSim.Core.Simulation.Results;
using static EdgeLearnSim.Core.Tests.Simulation.SimulationTestInstances;

namespace EdgeLearnSim.Core.Tests.Simulation;

/// <summary>The access, compute and upload stages and their energy against closed forms worked by hand.</summary>
public class PipelineSimulationTests
{
    private static readonly EnergyModel Power = new()
    {
        DeviceWatts = 1.5, DeviceWattsPerMbps = 0.05, EdgeCoreWatts = 10, UplinkWatts = 2, UplinkWattsPerMbps = 0.1,
    };

    [Fact]
    public void OneEdge_IdenticalDevices_NoContention_EachStageByHand()
    {
        // Three 1 MB tasks (8 Mbit raw, ratio 1: 8 Mbit uploaded). Devices at 8 Mbps, access unlimited: all arrive at 1.
        // One core at 1 µs/byte: compressions [1,2], [2,3], [3,4]. Uplink 8 Mbps: uploads [2,3], [3,4], [4,5].
        var instance = OneEdge(3, deviceMbps: 8, accessMbps: double.PositiveInfinity, cores: 1);
        var result = Run(instance, Power);

        Assert.Equal([1.0, 1.0, 1.0], result.Tasks.Select(t => t.Arrival));
        AssertClose([2, 3, 4], result.Tasks.Select(t => t.CompressionEnd));
        AssertClose([3, 4, 5], result.Tasks.Select(t => t.UploadEnd));
        AssertClose(5, result.SimulatedMakespan);
        AssertClose([1, 1, 1], result.Tasks.Select(t => t.AccessTime));
        AssertClose([1, 2, 3], result.Tasks.Select(t => t.CompressionTime));
        AssertClose([1, 1, 1], result.Tasks.Select(t => t.UploadTime));
        AssertClose(1, result.MeanAccessTime);
        AssertClose(2, result.MeanCompressionTime);
        AssertClose(1, result.MeanUploadTime);
        AssertClose(4, result.MeanCompletionTime);
        // Devices: 3 × (1.5 W × 1 s + 0.05 W/Mbps × 8 Mbit); cores: 10 W × 3 s; uplink: 2 W × 3 s + 0.1 × 24 Mbit.
        AssertClose(3 * (1.5 + 0.4), result.Energy.DeviceJoules);
        AssertClose(30, result.Energy.EdgeJoules);
        AssertClose(6 + 2.4, result.Energy.UplinkJoules);
        AssertClose(5.7 + 30 + 8.4, result.Energy.TotalJoules);
    }

    [Fact]
    public void TwoCores_CompressTwoTasksAtOnce_InScheduleOrder()
    {
        // As above with two cores: tasks 0 and 1 compress on cores 0 and 1 over [1,2], task 2 on core 0 over [2,3];
        // the FIFO uplink then serves [2,3], [3,4], [4,5].
        var instance = OneEdge(3, deviceMbps: 8, accessMbps: double.PositiveInfinity, cores: 2);
        var result = Run(instance, Power);

        AssertClose([2, 2, 3], result.Tasks.Select(t => t.CompressionEnd));
        Assert.Equal([0, 1, 0], result.Tasks.Select(t => t.Core));
        AssertClose([3, 4, 5], result.Tasks.Select(t => t.UploadEnd));
        AssertClose(30, result.Energy.EdgeJoules);
    }

    [Theory]
    [InlineData(2, 10.0, 15.0)]
    [InlineData(4, 10.0, 20.0)]
    [InlineData(7, 3.0, 5.5)]
    public void Contention_EveryTransferEndsAt_nD8_over_C(int n, double deviceMbps, double accessMbps)
    {
        var instance = OneEdge(n, deviceMbps, accessMbps, cores: 1);
        var result = Run(instance, Power);

        var expected = n * 1e6 * 8 / (accessMbps * 1e6);
        Assert.All(result.Tasks, t => AssertClose(expected, t.Arrival));
        // Each device sends for the whole interval, its 8 Mbit at the rate it gets.
        AssertClose(n * ((1.5 * expected) + (0.05 * 8)), result.Energy.DeviceJoules);
    }

    [Fact]
    public void CappedDevice_GetsItsCap_OthersSplitTheRest()
    {
        // C = 24 Mbps, device 0 capped at 6 (below the fair share 8): it gets 6, devices 1 and 2 get 9 each. They end
        // at 8/9 s; device 0 stays at its cap and ends at 8/6 s.
        var tasks = new[]
        {
            PlainTask(0, 1e6) with { DeviceUplinkMbps = 6 },
            PlainTask(1, 1e6) with { DeviceUplinkMbps = 100 },
            PlainTask(2, 1e6) with { DeviceUplinkMbps = 100 },
        };
        var instance = new EdgeLearningInstance(tasks, [new EdgeServer(0, 8) { AccessMbps = 24 }]);
        var result = Run(instance, Power);

        AssertClose([8.0 / 6, 8.0 / 9, 8.0 / 9], result.Tasks.Select(t => t.Arrival));
        AssertClose((1.5 * ((8.0 / 6) + (2 * 8.0 / 9))) + (0.05 * 24), result.Energy.DeviceJoules);
    }

    [Fact]
    public void WaterFilling_ReSharesWhenATransferEnds()
    {
        // C = 30, three uncapped devices with 8, 16 and 24 Mbit: 10 each until 0.8 s (task 0 done), then 15 each until
        // task 1's last 8 Mbit is sent at 0.8 + 8/15 s, then task 2 alone at 30: its last 8 Mbit end at 48/30 = 1.6 s.
        var tasks = new[] { PlainTask(0, 1e6), PlainTask(1, 2e6), PlainTask(2, 3e6) }
            .Select(t => t with { DeviceUplinkMbps = 100 }).ToArray();
        var instance = new EdgeLearningInstance(tasks, [new EdgeServer(0, 1000) { AccessMbps = 30 }]);
        var result = Run(instance, new EnergyModel());

        AssertClose([0.8, 0.8 + (8.0 / 15), 1.6], result.Tasks.Select(t => t.Arrival));
    }

    [Fact]
    public void UnlimitedDevices_ShareTheEdgeCapacityEqually()
    {
        var tasks = new[] { PlainTask(0, 1e6), PlainTask(1, 1e6) };
        var instance = new EdgeLearningInstance(tasks, [new EdgeServer(0, 8) { AccessMbps = 4 }]);
        var result = Run(instance, new EnergyModel());

        AssertClose([4.0, 4.0], result.Tasks.Select(t => t.Arrival));
    }

    [Fact]
    public void Outage_DisplacedTaskReSendsItsRawData_AndParkedTimeCountsAsAccess()
    {
        // One task of 8 Mbit at 8 Mbps on the only edge, down over [0.5, 2): the transfer is cut at 0.5, the task
        // waits parked until 2, re-sends all 8 Mbit over [2, 3] and uploads over [3, 4] (8 Mbps uplink).
        var instance = new EdgeLearningInstance([PlainTask(0, 1e6) with { DeviceUplinkMbps = 8 }], [new EdgeServer(0, 8)]);
        var outages = new ScheduledOutages(OutageSchedule.Parse("o.txt", ["0 0.5 2"]));
        var schedule = Assignments.ToResult(instance, [0], ExitReason.Completed);
        var result = UploadSimulation.Run(instance, schedule, new SimulationSettings { Outages = outages, Energy = Power }, 1);

        var task = result.Tasks[0];
        AssertClose(3, task.Arrival);
        AssertClose(4, task.UploadEnd);
        AssertClose(3, task.AccessTime);
        AssertClose(1, task.UploadTime);
        Assert.Equal(0, task.CompressionTime);
        // The device sent for 0.5 s (4 Mbit, lost) and then 1 s (8 Mbit).
        AssertClose((1.5 * 1.5) + (0.05 * 12), result.Energy.DeviceJoules);
    }

    [Fact]
    public void StageMeans_SumToTheCompletionMean_OnRandomRunsWithOutages()
    {
        var random = Seeded(909);
        for (var trial = 0; trial < 1000; trial++)
        {
            var edges = random.Next(1, 5);
            var instance = WithRandomPipeline(random, Random(random, random.Next(1, 13), edges, (Topology)(trial % 3), maxRelease: random.NextDouble() < 0.5 ? 0 : 3));
            var settings = new SimulationSettings
            {
                Uplink = trial % 2 == 0 ? UplinkPolicy.Fifo : UplinkPolicy.FairShare,
                Outages = new RandomOutages(1 + (3 * random.NextDouble()), 0.05 + (0.5 * random.NextDouble())),
                Redispatch = random.NextDouble() < 0.5 ? RedispatchMode.Resume : RedispatchMode.Restart,
                MaxEvents = 1_000_000,
                Energy = Power,
            };
            var result = random.NextDouble() < 0.4
                ? UploadSimulation.RunOnline(instance, LeastExpectedFinishPolicy.Kind, settings, (ulong)trial)
                : UploadSimulation.Run(instance, RandomSchedule(random, instance), settings, (ulong)trial);

            var sum = result.MeanAccessTime + result.MeanCompressionTime + result.MeanUploadTime;
            Assert.True(
                Math.Abs(sum - result.MeanCompletionTime) <= 1e-9 * Math.Max(1, result.MeanCompletionTime),
                $"trial {trial}: {result.MeanAccessTime:R} + {result.MeanCompressionTime:R} + {result.MeanUploadTime:R} = {sum:R}, completion mean {result.MeanCompletionTime:R}");
            // The engine may reach r_i one ulp early, so a stage can read -1e-16 s.
            Assert.All(result.Tasks, t => Assert.True(Math.Min(t.AccessTime, Math.Min(t.CompressionTime, t.UploadTime)) >= -1e-9, $"trial {trial}: {t}"));
            AssertClose(result.Energy.DeviceJoules + result.Energy.EdgeJoules + result.Energy.UplinkJoules, result.Energy.TotalJoules);
        }
    }

    [Fact]
    public void WithoutPipelineParameters_StagesAreUploadOnly_AndEnergyIsZero()
    {
        var random = Seeded(910);
        var instance = Random(random, 30, 4, Topology.OneToMore, maxRelease: 2);
        var result = UploadSimulation.Run(instance, RandomSchedule(random, instance), new SimulationSettings(), 3);

        Assert.Equal(0, result.MeanAccessTime);
        Assert.Equal(0, result.MeanCompressionTime);
        Assert.Equal(result.MeanCompletionTime, result.MeanUploadTime, 12);
        Assert.Equal(EnergyUse.None, result.Energy);
    }

    /// <summary>n tasks of 1 MB (8 Mbit raw and uploaded) on one edge with an 8 Mbps uplink and 1 µs/byte compression.</summary>
    private static EdgeLearningInstance OneEdge(int n, double deviceMbps, double accessMbps, int cores) => new(
        [.. Enumerable.Range(0, n).Select(i => PlainTask(i, 1e6) with { DeviceUplinkMbps = deviceMbps })],
        [new EdgeServer(0, 8) { AccessMbps = accessMbps, Cores = cores, CompressionSecondsPerByte = 1e-6 }]);

    private static SimulationResult Run(EdgeLearningInstance instance, EnergyModel energy)
    {
        var schedule = Assignments.ToResult(instance, new int[instance.TaskCount], ExitReason.Completed);
        return UploadSimulation.Run(instance, schedule, new SimulationSettings { Energy = energy }, 1);
    }

    private static void AssertClose(double expected, double actual) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-9 * Math.Max(1, Math.Abs(expected)), $"expected {expected:R}, got {actual:R}");

    private static void AssertClose(IEnumerable<double> expected, IEnumerable<double> actual)
    {
        var wanted = expected.ToArray();
        var got = actual.ToArray();
        Assert.Equal(wanted.Length, got.Length);
        for (var k = 0; k < wanted.Length; k++)
        {
            AssertClose(wanted[k], got[k]);
        }
    }
}
