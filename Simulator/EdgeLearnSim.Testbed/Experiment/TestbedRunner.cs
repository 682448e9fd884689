using EdgeLearnSim.Engine.Random;
using EdgeLearnSim.Testbed.Compression;
using EdgeLearnSim.Testbed.Data;
using EdgeLearnSim.Testbed.Learning;
using MathNet.Numerics.Random;

namespace EdgeLearnSim.Testbed.Experiment;

/// <summary>
/// The paper's testbed (§III.C, Fig. 3): for each cell, the edge's N records are a seeded subsample of the training
/// set; the cloud trains once on them raw and once per code size on their compressed codes, the test set encoded by
/// the same compressor; A(R) = accuracy(compressed) / accuracy(raw). Cells run one after another on one thread, so
/// the results depend only on the data and the settings.
/// </summary>
public sealed class TestbedRunner(ICompressionMethod method, TestbedSettings settings)
{
    public IReadOnlyList<TestbedCell> Cells { get; } =
        [.. settings.RecordCounts.SelectMany(records => Enumerable.Range(1, settings.Repeats).Select(repeat => new TestbedCell(records, repeat)))];

    public string Fingerprint => settings.Fingerprint(method.Name);

    public ICompressionMethod Method => method;

    /// <summary>The fingerprint of the cells measured with the cloud learning from <paramref name="input"/>.</summary>
    public string FingerprintOf(CloudInput input) => (settings with { Input = input }).Fingerprint(method.Name);

    /// <summary>Runs every cell not already in <paramref name="store"/> (when <paramref name="resume"/>), stopping between cells on cancellation.</summary>
    /// <exception cref="ArgumentException">A record count exceeds the training set, or a code size exceeds a raw record.</exception>
    public TestbedOutcome Run(
        LabelledImages train, LabelledImages test, TestbedStore store, bool resume, Action<TestbedProgress> progress, CancellationToken cancellation) =>
        Run(train, test, [(settings.Input, store)], resume, progress, cancellation)[0];

    /// <summary>
    /// Runs every cell for each cloud input into its own store (one outcome each, in that order); a cell already in
    /// every store is kept (when <paramref name="resume"/>), otherwise the inputs it lacks are measured together, so
    /// the compressor is fitted once per cell.
    /// </summary>
    /// <exception cref="ArgumentException">A record count exceeds the training set, or a code size exceeds a raw record.</exception>
    public IReadOnlyList<TestbedOutcome> Run(
        LabelledImages train, LabelledImages test, IReadOnlyList<(CloudInput Input, TestbedStore Store)> outputs, bool resume,
        Action<TestbedProgress> progress, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        ArgumentNullException.ThrowIfNull(progress);
        Validate(train);
        var points = outputs.Select(_ => new List<AccuracyPoint>()).ToArray();
        var done = 0;
        foreach (var cell in Cells)
        {
            if (cancellation.IsCancellationRequested)
            {
                return [.. points.Select(p => new TestbedOutcome(p, Cancelled: true))];
            }
            var missing = Enumerable.Range(0, outputs.Count).Where(k => !resume || !outputs[k].Store.Contains(cell)).ToArray();
            var measured = missing.Length > 0 ? Measure(train, test, cell, [.. missing.Select(k => outputs[k].Input)]) : [];
            for (var k = 0; k < outputs.Count; k++)
            {
                var at = Array.IndexOf(missing, k);
                var cellPoints = at >= 0 ? measured[at] : outputs[k].Store.Read(cell);
                if (at >= 0)
                {
                    outputs[k].Store.Write(cell, cellPoints);
                }
                points[k].AddRange(cellPoints);
            }
            progress(new TestbedProgress(cell, missing.Length == 0, ++done, Cells.Count));
        }
        return [.. points.Select(p => new TestbedOutcome(p, Cancelled: false))];
    }

    /// <summary>One cell's points, one per code size, smallest first, with the cloud learning from the settings' input.</summary>
    public IReadOnlyList<AccuracyPoint> Measure(LabelledImages train, LabelledImages test, TestbedCell cell) =>
        Measure(train, test, cell, [settings.Input])[0];

    /// <summary>
    /// One cell's points for each of <paramref name="inputs"/> (one list each, in that order): the compressor is fitted
    /// and the raw baseline trained once, then the cloud learns from each input at every code size.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<AccuracyPoint>> Measure(LabelledImages train, LabelledImages test, TestbedCell cell, IReadOnlyList<CloudInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(test);
        ArgumentNullException.ThrowIfNull(cell);
        ArgumentNullException.ThrowIfNull(inputs);
        var edgeRecords = EdgeRecords(train, cell);
        var learner = new CloudLearner(settings.Learner);
        var trainerSeed = StableSeed.ToInt32(StableSeed.Derive(settings.Seed, "trainer", cell.Id));
        var raw = learner.Accuracy(LabelledFeatures.Raw(edgeRecords), LabelledFeatures.Raw(test), trainerSeed);
        var compressor = method.Fit(edgeRecords);
        using var trained = compressor as IDisposable; // an autoencoder's networks hold native memory
        var points = inputs.Select(_ => new List<AccuracyPoint>()).ToArray();
        foreach (var codeBytes in settings.CodeBytes.Order())
        {
            var (edgeCodes, testCodes) = (compressor.Encode(edgeRecords, codeBytes), compressor.Encode(test, codeBytes));
            for (var k = 0; k < inputs.Count; k++)
            {
                var compressed = learner.Accuracy(
                    LabelledFeatures.Decoded(edgeCodes, edgeRecords, inputs[k]), LabelledFeatures.Decoded(testCodes, test, inputs[k]), trainerSeed);
                points[k].Add(new AccuracyPoint((double)codeBytes / train.PixelsPerImage, cell.Records, cell.Repeat, raw, compressed));
            }
        }
        return points;
    }

    /// <summary>The cell's N distinct training records: the first N of a seeded Fisher–Yates shuffle of the training set.</summary>
    public LabelledImages EdgeRecords(LabelledImages train, TestbedCell cell)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(cell);
        return train.Subset(Subsample(train.Count, cell));
    }

    internal int[] Subsample(int available, TestbedCell cell)
    {
        var random = new Xoshiro256StarStar(StableSeed.ToInt32(StableSeed.Derive(settings.Seed, "subsample", cell.Id)));
        var indices = Enumerable.Range(0, available).ToArray();
        for (var k = 0; k < cell.Records; k++)
        {
            var pick = k + random.Next(available - k);
            (indices[k], indices[pick]) = (indices[pick], indices[k]);
        }
        return indices[..cell.Records];
    }

    /// <exception cref="ArgumentException">A record count exceeds the training set, or a code size exceeds a raw record.</exception>
    public void Validate(LabelledImages train)
    {
        ArgumentNullException.ThrowIfNull(train);
        foreach (var records in settings.RecordCounts.Where(n => n < 2 || n > train.Count))
        {
            throw new ArgumentException($"A record count of {records} is not possible with {train.Count} training images (2..{train.Count}).");
        }
        foreach (var codeBytes in settings.CodeBytes.Where(k => k < 1 || k > train.PixelsPerImage))
        {
            throw new ArgumentException($"A code of {codeBytes} bytes is not possible for records of {train.PixelsPerImage} bytes (1..{train.PixelsPerImage}).");
        }
    }
}
