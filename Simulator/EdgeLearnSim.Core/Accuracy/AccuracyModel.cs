using MathNet.Numerics.RootFinding;

namespace EdgeLearnSim.Core.Accuracy;

/// <summary>
/// A(R) = a·ln(R + b) + c, the accuracy of edge learning relative to cloud learning at space-remaining ratio R
/// (paper eq. 7, docs/model.md). Defined for R &gt; −b. A usable model has a finite, positive <see cref="A"/>
/// (accuracy grows with R) and finite <see cref="B"/> and <see cref="C"/>; <see cref="BestRatio"/> checks this.
/// </summary>
public sealed record AccuracyModel(double A, double B, double C)
{
    /// <summary>The paper's 40,000-record fit (§V.A).</summary>
    public static AccuracyModel Paper { get; } = new(0.004032, -0.012755095, 0.9634233);

    /// <summary>A(R); NaN below the domain R &gt; −b, −∞ at R = −b.</summary>
    public double Evaluate(double ratio) => A * Math.Log(ratio + B) + C;

    /// <summary>
    /// s = 8·D·R / (A(R)·10^6): Mbit per unit of relative accuracy for <paramref name="rawBytes"/> compressed to
    /// <paramref name="ratio"/>. Divided by a bandwidth in Mbps it is the accuracy-weighted upload time W (docs/model.md).
    /// </summary>
    public double WeightedSize(double rawBytes, double ratio) => 8.0 * rawBytes * ratio / (Evaluate(ratio) * 1e6);

    /// <summary>
    /// The lower end R_lo of the feasible interval [R_lo, 1] for accuracy bound <paramref name="lowA"/> (docs/model.md):
    /// max(minRatio, exp((LowA − c)/a) − b), raised by rounding steps where needed so that A(R_lo) ≥ LowA holds
    /// exactly in floating point and R_lo &gt; −b.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// The model or arguments are invalid, LowA &gt; A(1), the interval is empty, or A(R_lo) ≤ 0. The message says which.
    /// </exception>
    public double LowestRatio(double lowA, double minRatio)
    {
        Validate();
        if (!double.IsFinite(lowA))
        {
            throw new ArgumentException($"The accuracy bound must be a finite number, not {Format(lowA)}.", nameof(lowA));
        }
        if (!(minRatio > 0 && minRatio <= 1))
        {
            throw new ArgumentException($"The minimum ratio must lie in (0, 1], not {Format(minRatio)}.", nameof(minRatio));
        }
        if (1 + B <= 0)
        {
            throw new ArgumentException($"A(R) is undefined on all of (0, 1]: it needs R > −b = {Format(-B)}.");
        }
        var accuracyAtOne = Evaluate(1);
        if (lowA > accuracyAtOne)
        {
            throw new ArgumentException(
                $"The accuracy bound {Format(lowA)} exceeds A(1) = {Format(accuracyAtOne)}, the best this model reaches: no ratio is feasible.");
        }
        var lowest = Math.Max(minRatio, Math.Exp((lowA - C) / A) - B);
        if (lowest <= -B)
        {
            // exp(...) underflowed next to −b; the smallest representable ratio inside the domain stands for it.
            lowest = Math.BitIncrement(-B);
        }
        // exp and the subtraction round; a few ulps up restore A(R_lo) ≥ LowA exactly (A is increasing).
        for (var step = 0; step < 64 && Evaluate(lowest) < lowA && lowest < 1; step++)
        {
            lowest = Math.BitIncrement(lowest);
        }
        if (lowest > 1)
        {
            throw new ArgumentException(
                $"The feasible interval [{Format(lowest)}, 1] is empty (minimum ratio {Format(minRatio)}, accuracy bound {Format(lowA)}).");
        }
        var accuracyAtLowest = Evaluate(lowest);
        if (!(accuracyAtLowest > 0))
        {
            throw new ArgumentException(
                $"A(R) = {Format(accuracyAtLowest)} ≤ 0 at the lower end R_lo = {Format(lowest)} of the feasible interval: raise the accuracy bound or the minimum ratio.");
        }
        return lowest;
    }

    /// <summary>
    /// BestR: the ratio in [R_lo, 1] that minimises f(R) = R / A(R), hence every task's accuracy-weighted upload
    /// time (docs/model.md). For a &gt; 0, f′ has the sign of g(R) = A(R) − a·R/(R + b), which increases strictly, so f falls
    /// then rises (or is monotone): the answer is the root of g clamped to the interval, found by Brent's bracketing
    /// method to about 1e-15. Guarantees R_lo ≤ BestR ≤ 1 and A(BestR) ≥ <paramref name="lowA"/>.
    /// </summary>
    /// <exception cref="ArgumentException">As <see cref="LowestRatio"/>.</exception>
    public double BestRatio(double lowA, double minRatio)
    {
        var lowest = LowestRatio(lowA, minRatio);
        if (DerivativeSign(lowest) >= 0)
        {
            return lowest;
        }
        if (DerivativeSign(1) <= 0)
        {
            return 1;
        }
        return Math.Clamp(Brent.FindRoot(DerivativeSign, lowest, 1, 1e-15, 200), lowest, 1);
    }

    /// <summary>g(R) = A(R) − a·R/(R + b) = A(R)²·f′(R): negative where f falls, positive where it rises.</summary>
    private double DerivativeSign(double ratio) => Evaluate(ratio) - A * ratio / (ratio + B);

    /// <summary>Checks that a is finite and positive and b, c are finite.</summary>
    /// <exception cref="ArgumentException">The message names the bad parameter.</exception>
    public void Validate()
    {
        if (!(double.IsFinite(A) && A > 0))
        {
            throw new ArgumentException($"The accuracy model needs a finite a > 0 (accuracy grows with the ratio), not a = {Format(A)}.");
        }
        if (!double.IsFinite(B) || !double.IsFinite(C))
        {
            throw new ArgumentException($"The accuracy model needs finite b and c, not b = {Format(B)}, c = {Format(C)}.");
        }
    }

    private static string Format(double value) => value.ToString("G10", System.Globalization.CultureInfo.InvariantCulture);
}
