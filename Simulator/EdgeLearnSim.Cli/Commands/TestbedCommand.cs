using System.CommandLine;
using System.Globalization;
using EdgeLearnSim.Core;
using EdgeLearnSim.Core.Accuracy;
using EdgeLearnSim.Core.Output;
using EdgeLearnSim.Reporting.Plots;
using EdgeLearnSim.Testbed.Compression;
using EdgeLearnSim.Testbed.Data;
using EdgeLearnSim.Testbed.Experiment;
using EdgeLearnSim.Testbed.Learning;
using Spectre.Console;

namespace EdgeLearnSim.Cli.Commands;

/// <summary>
/// <c>edgelearnsim testbed [--data DIR] [--out DIR] [--records N,…] [--code-bytes K,…] [--repeats R] [--resume]</c>:
/// reruns the paper's Fig. 3 experiment on Fashion-MNIST (PCA compressor, maximum-entropy cloud learner) and writes
/// the measured points, the fits per record count, Fig. 3 with its numbers, and the encoder's throughput.
/// </summary>
public static class TestbedCommand
{
    public const string PointsFile = "points.csv";

    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = $"Folder with the IDX files (default {FashionMnistFolder.DebianFolder}).", DefaultValueFactory = _ => FashionMnistFolder.DebianFolder };
        var output = new Option<string>("--out") { Description = "Output folder (default Reports/testbed).", DefaultValueFactory = _ => Path.Combine("Reports", "testbed") };
        var points = new Option<string?>("--points") { Description = $"Where to write the measured table (default OUT/{PointsFile})." };
        var records = new Option<string>("--records") { Description = "Record counts N per edge, comma-separated.", DefaultValueFactory = _ => "500,1000,2000,5000" };
        var codeBytes = new Option<string>("--code-bytes") { Description = "Code sizes k in bytes (R = k/784), comma-separated.", DefaultValueFactory = _ => string.Join(',', TestbedSettings.DefaultCodeBytes) };
        var repeats = new Option<int>("--repeats") { Description = "Subsamples per record count.", DefaultValueFactory = _ => 3 };
        var seed = new Option<ulong>("--seed") { Description = "Base seed.", DefaultValueFactory = _ => 20190101 };
        var iterations = new Option<int>("--iterations") { Description = "L-BFGS iterations of the cloud learner (the counted limit).", DefaultValueFactory = _ => CloudLearnerSettings.Default.MaximumIterations };
        var resume = new Option<bool>("--resume") { Description = "Keep the cells already in OUT/cells." };
        var command = new Command("testbed", "Measure the accuracy-compression curve (Fig. 3) on Fashion-MNIST: PCA at the edge, maximum entropy in the cloud.");
        foreach (var option in (Option[])[data, output, points, records, codeBytes, repeats, seed, iterations, resume])
        {
            command.Options.Add(option);
        }
        command.SetAction(parse =>
        {
            var outFolder = parse.GetRequiredValue(output);
            var settings = new TestbedSettings(
                OptionValues.IntegerList("--records", parse.GetRequiredValue(records)),
                OptionValues.IntegerList("--code-bytes", parse.GetRequiredValue(codeBytes)),
                OptionValues.Positive("--repeats", parse.GetValue(repeats)),
                parse.GetValue(seed),
                CloudLearnerSettings.Default with { MaximumIterations = OptionValues.Positive("--iterations", parse.GetValue(iterations)) });
            return Run(parse.GetRequiredValue(data), outFolder, parse.GetValue(points) ?? Path.Combine(outFolder, PointsFile), settings, parse.GetValue(resume));
        });
        return command;
    }

    private static int Run(string dataFolder, string outFolder, string pointsPath, TestbedSettings settings, bool resume)
    {
        var (train, test) = FashionMnistFolder.Read(dataFolder);
        var runner = new TestbedRunner(new PcaCompressionMethod(), settings);
        var store = new TestbedStore(outFolder, runner.Fingerprint);
        using var cancellation = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        TestbedOutcome outcome;
        try
        {
            outcome = Console.IsOutputRedirected
                ? runner.Run(train, test, store, resume, PlainProgress, cancellation.Token)
                : WithProgressBar(runner, train, test, store, resume, cancellation.Token);
        }
        catch (ArgumentException e)
        {
            throw new InvalidInputException("--records/--code-bytes", e.Message, e);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
        if (outcome.Cancelled)
        {
            Console.Error.WriteLine("interrupted: completed cells are kept; run again with --resume to finish.");
            return CommandLineApp.ExitCodes.Interrupted;
        }
        Write(outFolder, pointsPath, settings, runner, outcome.Points, train, test);
        Console.WriteLine($"wrote {pointsPath} and {outFolder}");
        return CommandLineApp.ExitCodes.Success;
    }

    private static void Write(
        string outFolder, string pointsPath, TestbedSettings settings, TestbedRunner runner, IReadOnlyList<AccuracyPoint> points, LabelledImages train, LabelledImages test)
    {
        var comment = string.Create(CultureInfo.InvariantCulture, $"""
            # Measured by `edgelearnsim testbed` (EdgeLearnSim): Fashion-MNIST ({train.Count} training, {test.Count} test images, MIT licence),
            # edge compressor {runner.Method.Name} fitted on the edge's own N records, cloud learner ML.NET L-BFGS maximum entropy
            # (1 thread, {settings.Learner.MaximumIterations} iterations, L2 {settings.Learner.L2Regularization}); settings {runner.Fingerprint}.

            """);
        AtomicFile.WriteAllText(pointsPath, PointsTable.Format(points, comment));
        var fits = RecordCountFit.Of(points);
        AtomicFile.WriteAllText(Path.Combine(outFolder, "fits.csv"), TestbedTables.Fits(fits));
        var ratios = points.Select(p => p.Ratio).ToArray();
        var range = (ratios.Min(), ratios.Max());
        List<AccuracyCurve> curves =
        [
            .. fits.Select(f => new AccuracyCurve(
                string.Create(CultureInfo.InvariantCulture, $"N = {f.Records:N0} records: a = {f.Fit.Model.A:G3}, b = {f.Fit.Model.B:G3}, c = {f.Fit.Model.C:G4}, r² = {f.Fit.RSquared:F3}"),
                f.Fit.Model,
                [.. points.Where(p => p.Records == f.Records).Select(p => (p.Ratio, p.RelativeAccuracy))])),
            new AccuracyCurve("paper, 40,000 records (MS-Celeb-1M, autoencoder): a = 0.004032, b = -0.01276, c = 0.9634", AccuracyModel.Paper, []),
        ];
        var plot = AccuracyCurvePlot.Build(curves, "Fig. 3 on Fashion-MNIST: PCA at the edge, maximum entropy in the cloud", range);
        AtomicFile.WriteAllBytes(Path.Combine(outFolder, "fig3.png"), plot.GetImageBytes(AccuracyCurvePlot.Width, AccuracyCurvePlot.Height, ScottPlot.ImageFormat.Png));
        AtomicFile.WriteAllText(Path.Combine(outFolder, "fig3.csv"), AccuracyCurvePlot.Csv(curves, range));
        var compressor = runner.Method.Fit(runner.EdgeRecords(train, runner.Cells[0]));
        // The scenario needs the time at the best ratio; the ends of the grid show how it scales with the code size.
        var timed = fits.Select(f => settings.CodeBytes.MinBy(k => Math.Abs(k - (f.BestRatio * train.PixelsPerImage))))
            .Append(settings.CodeBytes.Min()).Append(settings.CodeBytes.Max()).Distinct().Order();
        var throughput = EncoderThroughput.Measure(compressor, test, timed, passes: 2);
        AtomicFile.WriteAllText(
            Path.Combine(outFolder, "encoder-throughput.csv"),
            TestbedTables.Throughput(throughput, $"{Environment.ProcessorCount} logical cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}"));
    }

    private static void PlainProgress(TestbedProgress p) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{p.Done}/{p.Total}] {(p.Kept ? "kept" : "done")} {p.Cell.Id}"));

    private static TestbedOutcome WithProgressBar(
        TestbedRunner runner, LabelledImages train, LabelledImages test, TestbedStore store, bool resume, CancellationToken cancellation)
    {
        TestbedOutcome? outcome = null;
        AnsiConsole.Progress().Start(context =>
        {
            var task = context.AddTask("testbed cells", maxValue: runner.Cells.Count);
            outcome = runner.Run(train, test, store, resume, _ => task.Increment(1), cancellation);
        });
        return outcome!;
    }
}
