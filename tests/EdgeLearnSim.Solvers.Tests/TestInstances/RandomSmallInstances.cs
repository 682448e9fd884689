using EdgeLearnSim.Core.Instances;
using MathNet.Numerics.Random;

namespace EdgeLearnSim.Solvers.Tests.TestInstances;

/// <summary>
/// Seeded small instances (n ≤ 8, m ≤ 3) over the three topologies of docs/model.md, both related (sizes over
/// bandwidths, as the project's own instances) and unrelated (independent V_ij). Half draw small integers,
/// so ties and degenerate LPs are common; the other half draw reals.
/// </summary>
public static class RandomSmallInstances
{
    private static readonly string[] Topologies = ["one-to-one", "one-to-more", "fully-connected"];

    public static IEnumerable<SmallInstanceCase> Generate(int count, int baseSeed, int maxTasks = 8, int maxEdges = 3)
    {
        for (var k = 0; k < count; k++)
        {
            var seed = baseSeed + k;
            var random = new Xoshiro256StarStar(seed);
            var n = random.Next(1, maxTasks + 1);
            var m = random.Next(1, maxEdges + 1);
            var topology = Topologies[k % Topologies.Length];
            var related = (k / Topologies.Length) % 2 == 0;
            var integral = random.NextDouble() < 0.5;
            var eligible = Enumerable.Range(0, n).Select(_ => Eligibility(random, topology, m)).ToArray();
            var description = $"seed {seed}: n={n} m={m} {topology} {(related ? "related" : "unrelated")} {(integral ? "integer" : "real")}";
            double Draw(double low, double high) => integral ? random.Next((int)low, (int)high + 1) : low + (high - low) * random.NextDouble();
            ISchedulingInstance instance;
            if (related)
            {
                var sizes = Enumerable.Range(0, n).Select(_ => Draw(1, 9)).ToArray();
                var bandwidths = Enumerable.Range(0, m).Select(_ => Draw(1, 4)).ToArray();
                instance = RelatedInstances.Create(sizes, bandwidths, eligible);
            }
            else
            {
                var times = new double[n, m];
                for (var i = 0; i < n; i++)
                {
                    for (var j = 0; j < m; j++)
                    {
                        times[i, j] = double.PositiveInfinity;
                    }
                    foreach (var j in eligible[i] ?? [.. Enumerable.Range(0, m)])
                    {
                        times[i, j] = Draw(1, 9);
                    }
                }
                instance = new DenseUnrelatedInstance(times);
            }
            yield return new SmallInstanceCase(description, instance);
        }
    }

    private static int[]? Eligibility(Xoshiro256StarStar random, string topology, int m)
    {
        var count = topology switch
        {
            "one-to-one" => random.NextDouble() < 0.8 || m == 1 ? 1 : 2,
            "one-to-more" => random.Next(1, m + 1),
            _ => m,
        };
        if (topology == "fully-connected")
        {
            return null;
        }
        var edges = Enumerable.Range(0, m).ToArray();
        for (var k = 0; k < count; k++)
        {
            var pick = random.Next(k, m);
            (edges[k], edges[pick]) = (edges[pick], edges[k]);
        }
        return [.. edges.Take(count).Order()];
    }
}
