namespace EdgeLearnSim.Core.Accuracy;

/// <summary>
/// A(R) = a·ln(R + b) + c, the accuracy of edge learning relative to cloud learning at space-remaining ratio R
/// (paper eq. 7, SPEC §2). Defined for R &gt; −b.
/// </summary>
public sealed record AccuracyModel(double A, double B, double C)
{
    /// <summary>The paper's 40,000-record fit (§V.A).</summary>
    public static AccuracyModel Paper { get; } = new(0.004032, -0.012755095, 0.9634233);

    public double Evaluate(double ratio) => A * Math.Log(ratio + B) + C;
}
