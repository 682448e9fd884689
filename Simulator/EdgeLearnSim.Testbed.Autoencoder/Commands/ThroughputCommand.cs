using System.CommandLine;
using EdgeLearnSim.Cli;
using EdgeLearnSim.Cli.Commands;
using EdgeLearnSim.Core;
using EdgeLearnSim.Experiments.Output;
using EdgeLearnSim.Testbed.Autoencoder.Compression;
using EdgeLearnSim.Testbed.Data;
using EdgeLearnSim.Testbed.Experiment;
using EdgeLearnSim.Testbed.Learning;

namespace EdgeLearnSim.Testbed.Autoencoder.Commands;

/// <summary>
/// <c>throughput [--data DIR] [--records N] [--code-bytes K,…] --out FILE.csv</c>: how fast the autoencoder's encoder
/// compresses the 10,000 test images on this machine (raw bytes per second, fastest of two passes), with the
/// networks trained by the testbed's settings on its first subsample of N records: the simulation's compression time.
/// Wall-clock, so written apart from the deterministic tables.
/// </summary>
public static class ThroughputCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "Folder with the IDX files.", DefaultValueFactory = _ => FashionMnistFolder.DebianFolder };
        var output = new Option<string>("--out") { Description = "CSV to write.", Required = true };
        var records = new Option<int>("--records") { Description = "Edge records N the networks are trained on.", DefaultValueFactory = _ => 5_000 };
        var codeBytes = new Option<string>("--code-bytes") { Description = "Code sizes k, comma-separated.", DefaultValueFactory = _ => "1,8,32" };
        var command = new Command("throughput", "Measure the autoencoder encoder's throughput on the test images (the scenario's compression time).");
        foreach (var option in (Option[])[data, output, records, codeBytes])
        {
            command.Options.Add(option);
        }
        command.SetAction(parse =>
        {
            var (train, test) = FashionMnistFolder.Read(parse.GetRequiredValue(data));
            var n = parse.GetValue(records);
            if (n < 2 || n > train.Count)
            {
                throw new InvalidInputException("--records", $"must be 2..{train.Count}, not {n}");
            }
            var codes = OptionValues.IntegerList("--code-bytes", parse.GetRequiredValue(codeBytes));
            var settings = AutoencoderSettings.Default;
            var runner = new TestbedRunner(new AutoencoderCompressionMethod(settings), new TestbedSettings([n], codes, 1, settings.Seed, CloudLearnerSettings.Default));
            using var fitted = (AutoencoderCompression)runner.Method.Fit(runner.EdgeRecords(train, runner.Cells[0]));
            foreach (var k in codes)
            {
                fitted.Encode(test, k); // trains the network of this size before the clock runs
            }
            var samples = EncoderThroughput.Measure(fitted, test, codes, passes: 2);
            var machine = $"{Environment.ProcessorCount} logical cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, libtorch on 1 thread";
            AtomicFile.WriteAllText(parse.GetRequiredValue(output), TestbedTables.Throughput(samples, machine, $"autoencoder ({settings.Name}, trained on N = {n:N0})"));
            return CommandLineApp.ExitCodes.Success;
        });
        return command;
    }
}
