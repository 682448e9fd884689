using System.CommandLine;
using System.Diagnostics;
using EdgeLearnSim.Cli;
using EdgeLearnSim.Cli.Commands;
using EdgeLearnSim.Core;
using EdgeLearnSim.Core.Output;
using EdgeLearnSim.Testbed.Autoencoder.Compression;
using EdgeLearnSim.Testbed.Experiment;
using EdgeLearnSim.Testbed.Learning;

namespace EdgeLearnSim.Testbed.Autoencoder.Commands;

/// <summary>
/// <c>loss-curve [--data DIR] [--records N] [--code-bytes K,…] [--updates U] [--learning-rate L] [--hidden H] --out FILE.csv</c>: trains
/// the autoencoder on N edge records (the testbed's first subsample) for each code size and writes, per epoch, the
/// training loss and the reconstruction error on the test set; the epochs and hidden width are chosen from it.
/// </summary>
public static class LossCurveCommand
{
    public static Command Create()
    {
        var options = new MeasurementOptions("Edge records N.", "2,8,32");
        var updates = new Option<int>("--updates") { Description = "Minibatch updates to train (rounded up to whole epochs).", DefaultValueFactory = _ => 3_200 };
        var rate = new Option<double>("--learning-rate") { Description = "Adam's learning rate.", DefaultValueFactory = _ => AutoencoderSettings.Default.LearningRate };
        var hidden = new Option<int>("--hidden") { Description = "Hidden layer width.", DefaultValueFactory = _ => AutoencoderSettings.Default.HiddenWidth };
        var command = new Command("loss-curve", "Measure the autoencoder's training and test loss per epoch (how the epochs and width are chosen).");
        options.AddTo(command, updates, rate, hidden);
        command.SetAction(parse =>
        {
            var (train, test, n, codes) = options.Read(parse);
            var settings = AutoencoderSettings.Default with
            {
                Updates = OptionValues.Positive("--updates", parse.GetValue(updates)),
                LearningRate = parse.GetValue(rate) > 0 ? parse.GetValue(rate) : throw new InvalidInputException("--learning-rate", "must be positive"),
                HiddenWidth = OptionValues.Positive("--hidden", parse.GetValue(hidden)),
            };
            var runner = new TestbedRunner(new AutoencoderCompressionMethod(settings), new TestbedSettings([n], codes, 1, settings.Seed, CloudLearnerSettings.Default));
            var edge = runner.EdgeRecords(train, runner.Cells[0]);
            using var edgeTensor = TorchRuntime.Scaled(edge);
            using var testTensor = TorchRuntime.Scaled(test);
            var rows = new List<string[]>();
            foreach (var k in codes)
            {
                var watch = Stopwatch.StartNew();
                var losses = new List<(int Epoch, double Loss, double TestLoss, double Seconds)>();
                using var network = AutoencoderNetwork.Train(edgeTensor, k, settings, settings.Seed, (epoch, loss, current) =>
                {
                    watch.Stop(); // seconds of training only, not of the test evaluation
                    losses.Add((epoch, loss, current.ReconstructionError(testTensor), watch.Elapsed.TotalSeconds));
                    watch.Start();
                });
                foreach (var (epoch, loss, testLoss, seconds) in losses)
                {
                    rows.Add([
                        CsvFormat.Number(n), CsvFormat.Number(settings.HiddenWidth), CsvFormat.Number(settings.LearningRate), CsvFormat.Number(k), CsvFormat.Number(epoch),
                        CsvFormat.Number(epoch * ((n + settings.BatchSize - 1) / settings.BatchSize)), CsvFormat.Number(loss), CsvFormat.Number(testLoss), CsvFormat.Number(seconds)]);
                }
                Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"k={k}: {losses.Count} epochs, {losses[^1].Seconds:F1} s training, last loss {losses[^1].Loss:G4}, test {losses[^1].TestLoss:G4}"));
            }
            AtomicFile.WriteAllText(parse.GetRequiredValue(options.Output), CsvFormat.Build(csv =>
            {
                CsvFormat.Row(csv, ["records", "hidden", "learning_rate", "code_bytes", "epoch", "updates", "train_loss", "test_loss", "seconds"]);
                foreach (var row in rows)
                {
                    CsvFormat.Row(csv, row);
                }
            }));
            return CommandLineApp.ExitCodes.Success;
        });
        return command;
    }
}
