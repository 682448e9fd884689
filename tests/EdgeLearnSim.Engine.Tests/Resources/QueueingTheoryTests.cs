using MathNet.Numerics.Distributions;

namespace EdgeLearnSim.Engine.Tests.Resources;

/// <summary>
/// M/M/c queues simulated on a <see cref="Resource"/> against the closed forms (Erlang C). The tolerance is
/// derived from the run itself (batch means), and every case also checks that a plausible wrong formula would
/// have been rejected, so the comparison has teeth.
/// </summary>
public sealed class QueueingTheoryTests
{
    private const int Customers = 120_000;
    private const int WarmUp = 10_000;
    private const int Batches = 25;

    // Student t quantile for 24 degrees of freedom at two-sided 99.9 %: a correct engine fails once in a thousand
    // seeds; the seed is fixed, so the test is deterministic.
    private const double Critical = 3.745;

    [Theory]
    [InlineData(1, 0.5, 1.0, 11UL)]
    [InlineData(1, 0.75, 1.0, 12UL)]
    [InlineData(3, 2.1, 1.0, 13UL)]
    [InlineData(5, 4.0, 1.0, 14UL)]
    public void MeanWaitInQueueAndUtilisation_MatchErlangC(int servers, double arrivalRate, double serviceRate, ulong seed)
    {
        var run = Simulate(servers, arrivalRate, serviceRate, seed);
        var offered = arrivalRate / serviceRate;
        var rho = offered / servers;
        var probabilityOfWaiting = ErlangC(servers, offered);
        var expectedWait = probabilityOfWaiting / (servers * serviceRate - arrivalRate);

        var (wait, waitError) = run.Wait;
        var (utilisation, utilisationError) = run.Utilisation;

        Assert.True(waitError < 0.08 * expectedWait, $"wait standard error {waitError} too large to test against {expectedWait}");
        Assert.True(Math.Abs(wait - expectedWait) <= Critical * waitError,
            $"mean wait {wait} ± {waitError} vs Erlang C {expectedWait}");
        Assert.True(Math.Abs(utilisation - rho) <= Critical * utilisationError,
            $"utilisation {utilisation} ± {utilisationError} vs {rho}");

        // Would-be mistakes the test must catch: the sojourn time instead of the queueing delay, the M/M/1 formula
        // at the same load for several servers, and a utilisation that ignores the number of servers.
        var sojourn = expectedWait + 1 / serviceRate;
        var singleServerAtSameLoad = rho / (serviceRate * (1 - rho));
        Assert.True(Math.Abs(wait - sojourn) > Critical * waitError);
        if (servers > 1)
        {
            Assert.True(Math.Abs(wait - singleServerAtSameLoad) > Critical * waitError);
            Assert.True(Math.Abs(utilisation - Math.Min(offered, 1.0)) > Critical * utilisationError);
        }
    }

    [Fact]
    public void ErlangC_MatchesHandComputedValues()
    {
        // M/M/1: P(wait) = rho. M/M/2 with a = 1: P(wait) = a^2/(2!(1-rho)) / (1 + a + a^2/(2!(1-rho))) = 1/3.
        Assert.Equal(0.75, ErlangC(1, 0.75), 12);
        Assert.Equal(1.0 / 3.0, ErlangC(2, 1.0), 12);
    }

    private static double ErlangC(int servers, double offered)
    {
        var rho = offered / servers;
        double term = 1, sum = 0;
        for (var k = 0; k < servers; k++)
        {
            sum += term;
            term *= offered / (k + 1);
        }
        var waiting = term / (1 - rho);
        return waiting / (sum + waiting);
    }

    private static (double Mean, double StandardError) BatchMeans(double[] batchValues)
    {
        var mean = batchValues.Average();
        var variance = batchValues.Sum(v => (v - mean) * (v - mean)) / (batchValues.Length - 1);
        return (mean, Math.Sqrt(variance / batchValues.Length));
    }

    private static QueueRun Simulate(int servers, double arrivalRate, double serviceRate, ulong seed)
    {
        var env = new SimulationEnvironment(seed);
        var arrivals = env.CreateStream("arrivals");
        var service = env.CreateStream("service");
        var resource = new Resource(env, servers);
        var waits = new double[Customers];
        double warmUpEnd = double.NaN, lastArrival = 0;
        var busyArea = new double[Batches];
        var busy = 0;
        var lastChange = 0.0;
        var batchLength = double.NaN;
        var currentBatch = 0;

        // Time-integrates the number of busy servers into equal-length batches after the warm-up.
        void AdvanceBusyClock()
        {
            var now = env.Now;
            if (double.IsNaN(warmUpEnd))
            {
                lastChange = now;
                return;
            }
            while (lastChange < now && currentBatch < Batches)
            {
                var batchEnd = warmUpEnd + ((currentBatch + 1) * batchLength);
                var end = Math.Min(now, batchEnd);
                busyArea[currentBatch] += busy * (end - lastChange);
                lastChange = end;
                if (end >= batchEnd)
                {
                    currentBatch++;
                }
            }
            lastChange = now;
        }

        IEnumerable<Event> Customer(int id)
        {
            var arrived = env.Now;
            using var request = resource.Request();
            yield return request;
            waits[id] = env.Now - arrived;
            AdvanceBusyClock();
            busy++;
            yield return env.Timeout(Exponential.Sample(service, serviceRate));
            AdvanceBusyClock();
            busy--;
        }
        IEnumerable<Event> Source()
        {
            for (var id = 0; id < Customers; id++)
            {
                yield return env.Timeout(Exponential.Sample(arrivals, arrivalRate));
                if (id == WarmUp)
                {
                    AdvanceBusyClock();
                    warmUpEnd = env.Now;
                    lastChange = env.Now;
                    // Expected span of the measured arrivals; the last batch may be cut short by the end of arrivals.
                    batchLength = (Customers - WarmUp) / arrivalRate / Batches * 0.98;
                }
                env.Process(Customer(id), "customer");
            }
            lastArrival = env.Now;
        }
        env.Process(Source(), "source");
        env.Run();

        var perBatch = (Customers - WarmUp) / Batches;
        var waitBatches = Enumerable.Range(0, Batches)
            .Select(b => waits.Skip(WarmUp + (b * perBatch)).Take(perBatch).Average())
            .ToArray();
        Assert.True(warmUpEnd + (Batches * batchLength) <= lastArrival, "utilisation batches must end before the arrivals do");
        var utilisationBatches = busyArea.Select(area => area / (servers * batchLength)).ToArray();
        return new QueueRun(BatchMeans(waitBatches), BatchMeans(utilisationBatches));
    }

    private sealed record QueueRun((double Mean, double StandardError) Wait, (double Mean, double StandardError) Utilisation);
}
