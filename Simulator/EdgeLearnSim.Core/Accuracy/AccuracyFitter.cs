using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace EdgeLearnSim.Core.Accuracy;

/// <summary>
/// Non-linear least squares fit of A(R) = a·ln(R + b) + c to (ratio, accuracy) points (docs/model.md, paper Fig. 3).
/// For a fixed b the model is linear in (a, c), so the fit first profiles b — a log-spaced scan of R_min + b, then
/// golden-section refinement, each b with its exact linear (a, c) — and then lets Levenberg–Marquardt move all three
/// together from there, keeping b above −R_min. The profile start avoids the ln of a negative number that a blind
/// start runs into; the polish is kept only if it lowers the squared error.
/// </summary>
public static class AccuracyFitter
{
    /// <exception cref="ArgumentException">Fewer than three points, a non-finite value, a ratio ≤ 0, or all ratios equal.</exception>
    public static AccuracyFit Fit(IReadOnlyList<(double Ratio, double Accuracy)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count < 3)
        {
            throw new ArgumentException($"Fitting three parameters needs at least three points, not {points.Count}.", nameof(points));
        }
        var ratios = new double[points.Count];
        var accuracies = new double[points.Count];
        for (var k = 0; k < points.Count; k++)
        {
            (ratios[k], accuracies[k]) = points[k];
            if (!(double.IsFinite(ratios[k]) && ratios[k] > 0 && double.IsFinite(accuracies[k])))
            {
                throw new ArgumentException($"Point {k + 1} ({ratios[k]}, {accuracies[k]}) needs a finite ratio > 0 and a finite accuracy.", nameof(points));
            }
        }
        var smallest = ratios.Min();
        if (ratios.Max() == smallest)
        {
            throw new ArgumentException("All points share one ratio; the curve's shape cannot be fitted.", nameof(points));
        }
        var profiled = ProfileFit(ratios, accuracies, smallest);
        var polished = Polish(ratios, accuracies, smallest, profiled);
        var best = polished is not null && SquaredError(ratios, accuracies, polished) < SquaredError(ratios, accuracies, profiled)
            ? polished
            : profiled;
        var mean = accuracies.Average();
        var total = accuracies.Sum(y => (y - mean) * (y - mean));
        var rSquared = total > 0 ? 1 - (SquaredError(ratios, accuracies, best) / total) : 1;
        return new AccuracyFit(best, rSquared, points.Count);
    }

    private static AccuracyModel ProfileFit(double[] ratios, double[] accuracies, double smallest)
    {
        // Search over the offset u = R_min + b > 0 on a log scale, from far inside the log's pole to almost linear.
        var logLow = Math.Log(smallest * 1e-9);
        var logHigh = Math.Log((ratios.Max() * 1e4) + 1);
        const int Steps = 400;
        double Error(double logOffset) => SquaredError(ratios, accuracies, LinearFit(ratios, accuracies, Math.Exp(logOffset) - smallest));
        var bestStep = 0;
        var bestError = double.PositiveInfinity;
        for (var step = 0; step <= Steps; step++)
        {
            var error = Error(logLow + ((logHigh - logLow) * step / Steps));
            if (error < bestError)
            {
                (bestStep, bestError) = (step, error);
            }
        }
        var lower = logLow + ((logHigh - logLow) * Math.Max(0, bestStep - 1) / Steps);
        var upper = logLow + ((logHigh - logLow) * Math.Min(Steps, bestStep + 1) / Steps);
        var logOffset = logLow + ((logHigh - logLow) * bestStep / Steps);
        try
        {
            logOffset = FindMinimum.OfScalarFunctionConstrained(Error, lower, upper, 1e-12, 10_000);
        }
        catch (OptimizationException)
        {
            // The scan's best step is at an end of the range or the error is flat there: golden section has no
            // bracket, and the scanned step stands (Levenberg–Marquardt still polishes it).
        }
        return LinearFit(ratios, accuracies, Math.Exp(logOffset) - smallest);
    }

    /// <summary>The least-squares (a, c) for a fixed b: ordinary regression of accuracy on ln(R + b).</summary>
    private static AccuracyModel LinearFit(double[] ratios, double[] accuracies, double b)
    {
        var logs = ratios.Select(r => Math.Log(r + b)).ToArray();
        var (intercept, slope) = MathNet.Numerics.Fit.Line(logs, accuracies);
        return new AccuracyModel(slope, b, intercept);
    }

    private static AccuracyModel? Polish(double[] ratios, double[] accuracies, double smallest, AccuracyModel start)
    {
        // Parameters (a, v, c) with b = e^v − R_min keep every ln argument positive without bounds.
        var objective = ObjectiveFunction.NonlinearModel(
            (p, r) => (p[0] * Math.Log(r + Math.Exp(p[1]) - smallest)) + p[2],
            (p, r) =>
            {
                var shifted = r + Math.Exp(p[1]) - smallest;
                return Vector<double>.Build.Dense([Math.Log(shifted), p[0] * Math.Exp(p[1]) / shifted, 1.0]);
            },
            Vector<double>.Build.Dense(ratios),
            Vector<double>.Build.Dense(accuracies));
        try
        {
            var result = new LevenbergMarquardtMinimizer(maximumIterations: 1_000).FindMinimum(
                objective, Vector<double>.Build.Dense([start.A, Math.Log(start.B + smallest), start.C]));
            var p = result.MinimizingPoint;
            var model = new AccuracyModel(p[0], Math.Exp(p[1]) - smallest, p[2]);
            return double.IsFinite(SquaredError(ratios, accuracies, model)) ? model : null;
        }
        catch (Exception e) when (e is MaximumIterationsException or ArithmeticException or ArgumentException or NonConvergenceException)
        {
            return null;
        }
    }

    private static double SquaredError(double[] ratios, double[] accuracies, AccuracyModel model)
    {
        var sum = 0.0;
        for (var k = 0; k < ratios.Length; k++)
        {
            var residual = accuracies[k] - model.Evaluate(ratios[k]);
            sum += residual * residual;
        }
        return double.IsNaN(sum) ? double.PositiveInfinity : sum;
    }
}
