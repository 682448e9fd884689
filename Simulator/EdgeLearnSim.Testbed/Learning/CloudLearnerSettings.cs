namespace EdgeLearnSim.Testbed.Learning;

/// <summary>
/// The cloud's trainer: multinomial logistic regression (maximum entropy) by L-BFGS on one thread, so that the same
/// data and seed give the same model. <paramref name="MaximumIterations"/> is the counted limit that decides the result;
/// <paramref name="L2Regularization"/> is the trainer's L2 weight (no L1, which would make the result depend on the
/// basis the features are written in).
/// </summary>
public sealed record CloudLearnerSettings(int MaximumIterations, float L2Regularization, float OptimizationTolerance)
{
    public static CloudLearnerSettings Default { get; } = new(100, 1f, 1e-7f);
}
