using EdgeLearnSim.Cli;

namespace EdgeLearnSim.Testbed.Autoencoder.Tests.Commands;

public class ThroughputCommandTests
{
    [Fact]
    public void Throughput_OnTheShippedSlice_WritesOneRowPerCodeSize()
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "throughput.csv");

        var exit = AutoencoderApp.Run(["throughput", "--data", RepositoryFiles.Path("Traces/fashion-mnist-slice"), "--records", "300", "--code-bytes", "2", "--out", path]);

        Assert.Equal(CommandLineApp.ExitCodes.Success, exit);
        var lines = File.ReadAllLines(path);
        Assert.StartsWith("# Encoder throughput of the fitted autoencoder", lines[0], StringComparison.Ordinal);
        Assert.Equal("code_bytes,ratio,raw_bytes,seconds,raw_bytes_per_second,seconds_per_raw_byte", lines[1]);
        var fields = lines[2].Split(',');
        Assert.Equal(["2", (2 / 784.0).ToString("R", System.Globalization.CultureInfo.InvariantCulture), (2_000 * 784).ToString(System.Globalization.CultureInfo.InvariantCulture)], fields[..3]);
        Assert.True(double.Parse(fields[3], System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal(3, lines.Length);
    }
}
