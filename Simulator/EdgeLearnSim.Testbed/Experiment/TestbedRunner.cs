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

    /// <summary>Runs every cell not already in <paramref name="store"/> (when <paramref name="resume"/>), stopping between cells on cancellation.</summary>
    /// <exception cref="ArgumentException">A record count exceeds the training set, or a code size exceeds a raw record.</exception>
    public TestbedOutcome Run(
        LabelledImages train, LabelledImages test, TestbedStore store, bool resume, Action<TestbedProgress> progress, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(progress);
        Validate(train);
        var points = new List<AccuracyPoint>();
        var done = 0;
        foreach (var cell in Cells)
        {
            if (cancellation.IsCancellationRequested)
            {
                return new TestbedOutcome(points, Cancelled: true);
            }
            var kept = resume && store.Contains(cell);
            var cellPoints = kept ? store.Read(cell) : Measure(train, test, cell);
            if (!kept)
            {
                store.Write(cell, cellPoints);
            }
            points.AddRange(cellPoints);
            progress(new TestbedProgress(cell, kept, ++done, Cells.Count));
        }
        return new TestbedOutcome(points, Cancelled: false);
    }

    /// <summary>One cell's points, one per code size, smallest first.</summary>
    public IReadOnlyList<AccuracyPoint> Measure(LabelledImages train, LabelledImages test, TestbedCell cell)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(test);
        ArgumentNullException.ThrowIfNull(cell);
        var edgeRecords = EdgeRecords(train, cell);
        var learner = new CloudLearner(settings.Learner);
        var trainerSeed = StableSeed.ToInt32(StableSeed.Derive(settings.Seed, "trainer", cell.Id));
        var raw = learner.Accuracy(LabelledFeatures.Raw(edgeRecords), LabelledFeatures.Raw(test), trainerSeed);
        var compressor = method.Fit(edgeRecords);
        var points = new List<AccuracyPoint>();
        foreach (var codeBytes in settings.CodeBytes.Order())
        {
            var compressed = learner.Accuracy(
                LabelledFeatures.Decoded(compressor.Encode(edgeRecords, codeBytes), edgeRecords),
                LabelledFeatures.Decoded(compressor.Encode(test, codeBytes), test),
                trainerSeed);
            points.Add(new AccuracyPoint((double)codeBytes / train.PixelsPerImage, cell.Records, cell.Repeat, raw, compressed));
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

    private void Validate(LabelledImages train)
    {
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
