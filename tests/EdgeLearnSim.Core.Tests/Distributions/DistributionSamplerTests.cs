using EdgeLearnSim.Core.Distributions;
using MathNet.Numerics.Random;
using MathNet.Numerics.Statistics;

namespace EdgeLearnSim.Core.Tests.Distributions;

public class DistributionSamplerTests
{
    private const int Draws = 100_000;

    [Fact]
    public void Constant_AlwaysReturnsTheValue()
    {
        var sampler = new DistributionSampler(new ConstantDistribution(0.9), "accuracy_bound");
        Assert.All(Sample(sampler, 100), value => Assert.Equal(0.9, value));
    }

    [Fact]
    public void Uniform_HasTheClosedFormMeanAndVariance()
    {
        var values = Sample(new DistributionSampler(new UniformDistribution(100, 1_000), "bandwidth_mbps"), Draws);
        Assert.All(values, value => Assert.InRange(value, 100, 1_000));
        Assert.Equal(550, values.Mean(), 550 * 0.005);
        Assert.Equal(900 * 900 / 12.0, values.Variance(), 900 * 900 / 12.0 * 0.02);
    }

    [Fact]
    public void UniformInteger_HitsBothEndsAndOnlyIntegers()
    {
        var values = Sample(new DistributionSampler(new UniformIntegerDistribution(3, 7), "records"), Draws);
        Assert.All(values, value => Assert.Equal(Math.Round(value), value));
        for (var k = 3; k <= 7; k++)
        {
            Assert.InRange(values.Count(value => value == k), Draws / 5 * 0.95, Draws / 5 * 1.05);
        }
    }

    [Fact]
    public void Normal_HasItsMeanAndStandardDeviation()
    {
        var values = Sample(new DistributionSampler(new NormalDistribution(50, 10), "records"), Draws);
        Assert.Equal(50, values.Mean(), 0.2);
        Assert.Equal(10, values.StandardDeviation(), 0.2);
    }

    [Fact]
    public void LogNormal_HasTheClosedFormMean()
    {
        var values = Sample(new DistributionSampler(new LogNormalDistribution(1, 0.5), "records"), Draws);
        Assert.All(values, value => Assert.True(value > 0));
        Assert.Equal(Math.Exp(1 + 0.125), values.Mean(), Math.Exp(1.125) * 0.01);
        Assert.Equal(1, values.Select(value => Math.Log(value)).Mean(), 0.01);
    }

    [Fact]
    public void Empirical_DrawsEveryRowOfTheColumnEvenly()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("trace.csv", "# comment line\nname,value\na,1\nb,2\n\"c,d\",4\n");
        var values = Sample(new DistributionSampler(new EmpiricalDistribution(path, "value"), "records"), Draws);
        foreach (var expected in new[] { 1.0, 2.0, 4.0 })
        {
            Assert.InRange(values.Count(value => value == expected), Draws / 3 * 0.95, Draws / 3 * 1.05);
        }
        Assert.Equal(3, values.Distinct().Count());
    }

    [Fact]
    public void Empirical_ShippedBandwidthTable_GivesItsMeasuredRange()
    {
        var spec = new EmpiricalDistribution(RepositoryFiles.Path("Traces/bandwidth/dtfm_aws10_region_bandwidth.csv"), "bandwidth_mbps");
        var values = Sample(new DistributionSampler(spec, "bandwidth_mbps"), 10_000);
        Assert.Equal(326, values.Min());
        Assert.Equal(1160, values.Max());
    }

    [Fact]
    public void Sample_SameSeed_SameSequence()
    {
        var sampler = new DistributionSampler(new NormalDistribution(0, 1), "x");
        var stream = new Xoshiro256StarStar(7, threadSafe: false);
        var again = new Xoshiro256StarStar(7, threadSafe: false);
        var first = Enumerable.Range(0, 10).Select(_ => sampler.Sample(stream)).ToArray();
        Assert.Equal(first, Enumerable.Range(0, 10).Select(_ => sampler.Sample(again)).ToArray());
        Assert.NotEqual(first, Enumerable.Range(0, 10).Select(_ => sampler.Sample(stream)).ToArray());
    }

    public static TheoryData<DistributionSpec, string> Nonsense => new()
    {
        { new UniformDistribution(5, 1), "min 5 is greater than max 1" },
        { new UniformDistribution(double.NaN, 1), "min must be a finite number" },
        { new UniformIntegerDistribution(9, 2), "min 9 is greater than max 2" },
        { new NormalDistribution(0, -1), "sd must be ≥ 0" },
        { new NormalDistribution(double.PositiveInfinity, 1), "mean must be a finite number" },
        { new LogNormalDistribution(0, double.NaN), "sigma must be a finite number" },
        { new ConstantDistribution(double.NegativeInfinity), "value must be a finite number" },
    };

    [Theory]
    [MemberData(nameof(Nonsense))]
    public void Constructor_NonsenseParameters_ThrowNamingTheField(DistributionSpec spec, string problem)
    {
        var error = Assert.Throws<InvalidInputException>(() => new DistributionSampler(spec, "bandwidth_mbps"));
        Assert.Equal("bandwidth_mbps", error.Location);
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Empirical_BadTraces_ThrowWithFileLineAndColumn()
    {
        using var folder = new TemporaryFolder();
        var badValue = folder.File("bad.csv", "# note\nname,value\na,1\nb,oops\n");
        var error = Assert.Throws<InvalidInputException>(() => new DistributionSampler(new EmpiricalDistribution(badValue, "value"), "records"));
        Assert.Equal($"{badValue}:4:3", error.Location);

        var missingColumn = Assert.Throws<InvalidInputException>(
            () => new DistributionSampler(new EmpiricalDistribution(badValue, "speed"), "records"));
        Assert.Contains("no column 'speed'", missingColumn.Message, StringComparison.Ordinal);

        var missingFile = Path.Combine(folder.Path, "absent.csv");
        Assert.StartsWith(missingFile, Assert.Throws<InvalidInputException>(
            () => new DistributionSampler(new EmpiricalDistribution(missingFile, "value"), "records")).Message, StringComparison.Ordinal);

        var empty = folder.File("empty.csv", "value\n");
        Assert.Contains("no values", Assert.Throws<InvalidInputException>(
            () => new DistributionSampler(new EmpiricalDistribution(empty, "value"), "records")).Message, StringComparison.Ordinal);
    }

    private static double[] Sample(DistributionSampler sampler, int count)
    {
        var stream = new Xoshiro256StarStar(42, threadSafe: false);
        return [.. Enumerable.Range(0, count).Select(_ => sampler.Sample(stream))];
    }
}
