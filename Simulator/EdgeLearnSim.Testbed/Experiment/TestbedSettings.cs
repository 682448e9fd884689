using System.Globalization;
using EdgeLearnSim.Testbed.Learning;

namespace EdgeLearnSim.Testbed.Experiment;

/// <summary>
/// The testbed's grid: every record count N × every repeat is one cell (a fresh subsample of N training records,
/// seeded from <paramref name="Seed"/>, N and the repeat); each cell measures every code size.
/// </summary>
/// <param name="RecordCounts">Training records per edge (N); each at most the training set's size.</param>
/// <param name="CodeBytes">Code sizes k in bytes per record; the space-remaining ratio is k / (bytes per raw record).</param>
/// <param name="Repeats">Subsamples per record count.</param>
/// <param name="Seed">Base seed of the subsamples and the trainer.</param>
/// <param name="Learner">The cloud's trainer.</param>
/// <param name="Input">What the cloud learns from: the codes (the default) or the images decoded from them.</param>
public sealed record TestbedSettings(
    IReadOnlyList<int> RecordCounts, IReadOnlyList<int> CodeBytes, int Repeats, ulong Seed, CloudLearnerSettings Learner, CloudInput Input = CloudInput.Codes)
{
    /// <summary>Denser at small k, where the curve bends (R* of the paper's curve is about 10 bytes of 784).</summary>
    public static IReadOnlyList<int> DefaultCodeBytes { get; } = [1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64, 100, 200, 784];

    /// <summary>
    /// Everything that decides a cell's result, so that a stored cell from other settings is never reused (learning on
    /// the codes adds nothing, so cells stored before the decoded images were measured stay valid).
    /// </summary>
    public string Fingerprint(string method) => string.Create(
        CultureInfo.InvariantCulture,
        $"{method};k={string.Join(' ', CodeBytes)};seed={Seed};iterations={Learner.MaximumIterations};l2={Learner.L2Regularization:R};tolerance={Learner.OptimizationTolerance:R}{(Input == CloudInput.Codes ? "" : ";input=decoded")}");
}
