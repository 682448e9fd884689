using EdgeLearnSim.Core.Accuracy;

namespace EdgeLearnSim.Core.Tests.Accuracy;

public class AccuracyModelTests
{
    public static TheoryData<double, double, double, double, double> Cases => new()
    {
        // Paper curve, bound not binding: interior minimum.
        { 0.004032, -0.012755095, 0.9634233, 0.90, 0.001 },
        // Paper curve, bound binding: R_lo.
        { 0.004032, -0.012755095, 0.9634233, 0.95, 0.001 },
        // Paper curve, minimum ratio binding.
        { 0.004032, -0.012755095, 0.9634233, 0.90, 0.05 },
        // b > 0 with an interior minimum.
        { 0.3, 0.01, 0.6, 0.05, 0.001 },
        // b = 0, f falling everywhere: minimum at 1.
        { 0.5, 0.0, 0.3, 0.1, 0.001 },
        // b = 0, f rising everywhere: minimum at R_lo.
        { 0.01, 0.0, 0.95, 0.5, 0.001 },
        // Steep b < 0 curve with a low bound.
        { 0.02, -0.2, 0.8, 0.3, 0.001 },
    };

    [Fact]
    public void BestRatio_PaperParameters_MatchesThePaper()
    {
        var model = AccuracyModel.Paper;
        var best = model.BestRatio(0.90, 0.001);
        Assert.Equal(0.012811, best, 6);
        Assert.Equal(0.92394, model.Evaluate(best), 5);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void BestRatio_AgreesWithGridThenRefinementSearch(double a, double b, double c, double lowA, double minRatio)
    {
        var model = new AccuracyModel(a, b, c);
        var lowest = model.LowestRatio(lowA, minRatio);
        var expected = BruteForceMinimum(model, lowest);
        Assert.InRange(model.BestRatio(lowA, minRatio), expected - 1e-8, expected + 1e-8);
    }

    [Fact]
    public void BestRatio_RandomModels_RespectTheBoundAndBeatEveryGridPoint()
    {
        var random = new MathNet.Numerics.Random.Xoshiro256StarStar(20261128);
        var checkedCases = 0;
        for (var trial = 0; trial < 3000; trial++)
        {
            var model = new AccuracyModel(
                0.001 + (0.3 * random.NextDouble()), -0.05 + (0.1 * random.NextDouble()), 0.5 + (0.5 * random.NextDouble()));
            var lowA = model.Evaluate(1) - (0.5 * random.NextDouble());
            var minRatio = 0.0001 + (0.1 * random.NextDouble());
            double best;
            try
            {
                best = model.BestRatio(lowA, minRatio);
            }
            catch (ArgumentException)
            {
                // Only legitimately infeasible draws may throw: A ≤ 0 at the lower end.
                var lowest = Math.Max(minRatio, Math.Exp((lowA - model.C) / model.A) - model.B);
                Assert.False(lowest > -model.B && model.Evaluate(lowest) > 0 && lowest <= 1, $"trial {trial} threw although feasible");
                continue;
            }
            checkedCases++;
            Assert.InRange(best, minRatio, 1);
            Assert.True(model.Evaluate(best) >= lowA, $"trial {trial}: A(BestR) = {model.Evaluate(best)} < LowA = {lowA} (eq. 9)");
            var f = best / model.Evaluate(best);
            var low = model.LowestRatio(lowA, minRatio);
            for (var k = 0; k <= 200; k++)
            {
                var r = low + ((1 - low) * k / 200.0);
                Assert.True(f <= (r / model.Evaluate(r)) * (1 + 1e-12), $"trial {trial}: f({r}) beats f(BestR = {best})");
            }
        }
        Assert.True(checkedCases > 2000);
    }

    [Fact]
    public void BestRatio_BoundAboveAccuracyAtOne_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => AccuracyModel.Paper.BestRatio(0.97, 0.001));
        Assert.Contains("exceeds A(1)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0, 0.0, 0.9, 0.5, 0.001, "a > 0")]
    [InlineData(-0.1, 0.0, 0.9, 0.5, 0.001, "a > 0")]
    [InlineData(double.NaN, 0.0, 0.9, 0.5, 0.001, "a > 0")]
    [InlineData(0.1, double.PositiveInfinity, 0.9, 0.5, 0.001, "finite b and c")]
    [InlineData(0.1, -1.5, 0.9, 0.5, 0.001, "undefined")]
    [InlineData(0.1, 0.0, 0.2, -1.0, 0.001, "≤ 0")]
    [InlineData(0.1, 0.0, 0.9, double.NaN, 0.001, "finite number")]
    [InlineData(0.1, 0.0, 0.9, 0.5, 0.0, "minimum ratio")]
    [InlineData(0.1, 0.0, 0.9, 0.5, 1.5, "minimum ratio")]
    public void BestRatio_InvalidInput_ThrowsNamingTheProblem(double a, double b, double c, double lowA, double minRatio, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => new AccuracyModel(a, b, c).BestRatio(lowA, minRatio));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LowestRatio_BoundJustAboveMinusB_StaysInsideTheDomain()
    {
        var model = AccuracyModel.Paper;
        var lowest = model.LowestRatio(0.5, 0.001);
        Assert.True(lowest > -model.B);
        Assert.True(model.Evaluate(lowest) >= 0.5);
    }

    [Fact]
    public void WeightedSize_IsEightBitsPerByteOverAccuracyInMegabits()
    {
        var model = new AccuracyModel(0.1, 0.0, 1.0);
        // A(0.5) = 1 + 0.1·ln 0.5; 8 · 1e6 bytes · 0.5 / (A · 1e6) = 4 / A.
        Assert.Equal(4.0 / (1.0 + (0.1 * Math.Log(0.5))), model.WeightedSize(1e6, 0.5), 12);
    }

    private static double BruteForceMinimum(AccuracyModel model, double lowest)
    {
        double F(double r) => r / model.Evaluate(r);
        const int Steps = 100_000;
        // Log-spaced grid: the paper's minimum sits within 1e-4 of the interval's lower end.
        var logLow = Math.Log(lowest);
        double Grid(int k) => k == Steps ? 1 : Math.Exp(logLow + (-logLow * k / Steps));
        var bestK = 0;
        for (var k = 1; k <= Steps; k++)
        {
            if (F(Grid(k)) < F(Grid(bestK)))
            {
                bestK = k;
            }
        }
        var (left, right) = (Grid(Math.Max(0, bestK - 1)), Grid(Math.Min(Steps, bestK + 1)));
        for (var iteration = 0; iteration < 200; iteration++)
        {
            var m1 = left + ((right - left) / 3);
            var m2 = right - ((right - left) / 3);
            if (F(m1) <= F(m2))
            {
                right = m2;
            }
            else
            {
                left = m1;
            }
        }
        return (left + right) / 2;
    }
}
