using System.CommandLine;
using System.Globalization;
using EdgeLearnSim.Cli;
using EdgeLearnSim.Cli.Commands;
using EdgeLearnSim.Core;
using EdgeLearnSim.Core.Output;
using EdgeLearnSim.Testbed.Autoencoder.Compression;
using EdgeLearnSim.Testbed.Compression;
using EdgeLearnSim.Testbed.Data;
using EdgeLearnSim.Testbed.Experiment;
using EdgeLearnSim.Testbed.Learning;

namespace EdgeLearnSim.Testbed.Autoencoder.Commands;

/// <summary>
/// <c>testbed [--method autoencoder|pca] [--data DIR] --out DIR [--records N,…] [--code-bytes K,…] [--repeats R]
/// [--updates U] [--inputs codes,decoded] [--resume]</c>: the Fig. 3 grid with the cloud learning from the codes and
/// from the decoded images (or one of them); each finished cell is kept in <c>DIR/codes/cells</c> and <c>DIR/decoded/cells</c>, and the two points
/// tables are written at the end (<c>DIR/codes-points.csv</c>, <c>DIR/decoded-points.csv</c>, or --points-prefix).
/// </summary>
public static class AutoencoderTestbedCommand
{
    public static Command Create()
    {
        var method = new Option<string>("--method") { Description = "Edge compressor: autoencoder or pca.", DefaultValueFactory = _ => "autoencoder" };
        var data = new Option<string>("--data") { Description = $"Folder with the IDX files (default {FashionMnistFolder.DebianFolder}).", DefaultValueFactory = _ => FashionMnistFolder.DebianFolder };
        var output = new Option<string>("--out") { Description = "Folder of the finished cells (and of the tables unless --points-prefix).", Required = true };
        var prefix = new Option<string?>("--points-prefix") { Description = "Write the tables to PREFIX-codes-points.csv and PREFIX-decoded-points.csv." };
        var records = new Option<string>("--records") { Description = "Record counts N per edge, comma-separated.", DefaultValueFactory = _ => "5000,10000,20000,40000" };
        var codeBytes = new Option<string>("--code-bytes") { Description = "Code sizes k in bytes (R = k/784), comma-separated.", DefaultValueFactory = _ => "1,2,4,8,16,32" };
        var repeats = new Option<int>("--repeats") { Description = "Subsamples per record count.", DefaultValueFactory = _ => 3 };
        var seed = new Option<ulong>("--seed") { Description = "Base seed of the subsamples and the trainer.", DefaultValueFactory = _ => 20190101 };
        var iterations = new Option<int>("--iterations") { Description = "L-BFGS iterations of the cloud learner.", DefaultValueFactory = _ => CloudLearnerSettings.Default.MaximumIterations };
        var updates = new Option<int>("--updates") { Description = "Autoencoder minibatch updates (rounded up to whole epochs).", DefaultValueFactory = _ => AutoencoderSettings.Default.Updates };
        var inputs = new Option<string>("--inputs") { Description = "What the cloud learns from: codes, decoded, or both (codes,decoded).", DefaultValueFactory = _ => "codes,decoded" };
        var resume = new Option<bool>("--resume") { Description = "Keep the cells already in OUT." };
        var command = new Command("testbed", "Measure Fig. 3 on Fashion-MNIST with the autoencoder (or PCA) at the edge; the cloud learns from the codes and from the decoded images.");
        foreach (var option in (Option[])[method, data, output, prefix, records, codeBytes, repeats, seed, iterations, updates, inputs, resume])
        {
            command.Options.Add(option);
        }
        command.SetAction(parse =>
        {
            var settings = new TestbedSettings(
                OptionValues.IntegerList("--records", parse.GetRequiredValue(records)),
                OptionValues.IntegerList("--code-bytes", parse.GetRequiredValue(codeBytes)),
                OptionValues.Positive("--repeats", parse.GetValue(repeats)),
                parse.GetValue(seed),
                CloudLearnerSettings.Default with { MaximumIterations = OptionValues.Positive("--iterations", parse.GetValue(iterations)) });
            ICompressionMethod compressor = parse.GetRequiredValue(method) switch
            {
                "autoencoder" => new AutoencoderCompressionMethod(AutoencoderSettings.Default with { Updates = OptionValues.Positive("--updates", parse.GetValue(updates)) }),
                "pca" => new PcaCompressionMethod(),
                var other => throw new InvalidInputException("--method", $"'{other}' is not autoencoder or pca"),
            };
            var outFolder = parse.GetRequiredValue(output);
            var pointsPrefix = parse.GetValue(prefix) ?? outFolder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
            var learnFrom = parse.GetRequiredValue(inputs).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(name => name switch
            {
                "codes" => CloudInput.Codes,
                "decoded" => CloudInput.DecodedImages,
                _ => throw new InvalidInputException("--inputs", $"'{name}' is not codes or decoded"),
            }).Distinct().ToArray();
            return Run(
                parse.GetRequiredValue(data), outFolder, pointsPrefix, new TestbedRunner(compressor, settings), settings, learnFrom, parse.GetValue(resume),
                string.Join(' ', parse.Tokens.Select(t => t.Value)));
        });
        return command;
    }

    /// <summary>The table of points learned from <paramref name="input"/> for the tables' <paramref name="prefix"/>.</summary>
    public static string PointsPath(string prefix, CloudInput input) =>
        (prefix.Length == 0 || prefix.EndsWith(Path.DirectorySeparatorChar) ? prefix : prefix + "-") + (input == CloudInput.Codes ? "codes" : "decoded") + "-points.csv";

    private static int Run(
        string dataFolder, string outFolder, string prefix, TestbedRunner runner, TestbedSettings settings, CloudInput[] inputs, bool resume, string commandLine)
    {
        if (inputs.Length == 0)
        {
            throw new InvalidInputException("--inputs", "expected codes, decoded or both");
        }
        var (train, test) = FashionMnistFolder.Read(dataFolder);
        var outputs = inputs.Select(input => (input, new TestbedStore(Path.Combine(outFolder, input == CloudInput.Codes ? "codes" : "decoded"), runner.FingerprintOf(input)))).ToArray();
        using var cancellation = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        IReadOnlyList<TestbedOutcome> outcomes;
        var started = DateTime.UtcNow;
        try
        {
            outcomes = runner.Run(train, test, outputs, resume, p => Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture, $"[{p.Done}/{p.Total}] {(p.Kept ? "kept" : "done")} {p.Cell.Id} ({(DateTime.UtcNow - started).TotalSeconds:F0} s)")), cancellation.Token);
        }
        catch (ArgumentException e)
        {
            throw new InvalidInputException("--records/--code-bytes", e.Message, e);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
        if (outcomes[0].Cancelled)
        {
            Console.Error.WriteLine("interrupted: completed cells are kept; run again with --resume to finish.");
            return CommandLineApp.ExitCodes.Interrupted;
        }
        for (var k = 0; k < inputs.Length; k++)
        {
            var path = PointsPath(prefix, inputs[k]);
            var comment = string.Create(CultureInfo.InvariantCulture, $"""
                # Measured by `dotnet run -c Release --project Simulator/EdgeLearnSim.Testbed.Autoencoder -- {commandLine}` (EdgeLearnSim):
                # Fashion-MNIST ({train.Count} training, {test.Count} test images; Debian dataset-fashion-mnist; MIT licence, Zalando SE),
                # edge compressor {runner.Method.Name} fitted on the edge's own N records (one network per code size),
                # cloud learner ML.NET L-BFGS maximum entropy (1 thread, {settings.Learner.MaximumIterations} iterations, L2 {settings.Learner.L2Regularization})
                # trained on the {(inputs[k] == CloudInput.Codes ? "de-quantised codes (k values per record)" : "images decoded from the codes (784 values per record)")};
                # settings {runner.FingerprintOf(inputs[k])}.

                """);
            AtomicFile.WriteAllText(path, PointsTable.Format(outcomes[k].Points, comment));
            Console.WriteLine($"wrote {path}");
        }
        return CommandLineApp.ExitCodes.Success;
    }
}
