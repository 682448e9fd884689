using System.CommandLine;
using EdgeLearnSim.Cli;
using EdgeLearnSim.Core.Output;
using EdgeLearnSim.Testbed.Autoencoder.Compression;
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
        var options = new MeasurementOptions("Edge records N the networks are trained on.", "1,8,32");
        var command = new Command("throughput", "Measure the autoencoder encoder's throughput on the test images (the scenario's compression time).");
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var (train, test, n, codes) = options.Read(parse);
            var settings = AutoencoderSettings.Default;
            var runner = new TestbedRunner(new AutoencoderCompressionMethod(settings), new TestbedSettings([n], codes, 1, settings.Seed, CloudLearnerSettings.Default));
            using var fitted = (AutoencoderCompression)runner.Method.Fit(runner.EdgeRecords(train, runner.Cells[0]));
            foreach (var k in codes)
            {
                fitted.Encode(test, k); // trains the network of this size before the clock runs
            }
            var samples = EncoderThroughput.Measure(fitted, test, codes, passes: 2);
            var machine = $"{Environment.ProcessorCount} logical cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, libtorch on 1 thread";
            AtomicFile.WriteAllText(parse.GetRequiredValue(options.Output), TestbedTables.Throughput(samples, machine, $"autoencoder ({settings.Name}, trained on N = {n:N0})"));
            return CommandLineApp.ExitCodes.Success;
        });
        return command;
    }
}
