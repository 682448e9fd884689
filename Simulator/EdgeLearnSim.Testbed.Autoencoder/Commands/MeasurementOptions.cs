using System.CommandLine;
using EdgeLearnSim.Cli.Commands;
using EdgeLearnSim.Core;
using EdgeLearnSim.Testbed.Data;

namespace EdgeLearnSim.Testbed.Autoencoder.Commands;

/// <summary>
/// The options the measuring commands (<c>loss-curve</c>, <c>throughput</c>) share: the data folder, the CSV to write,
/// the edge's records N and the code sizes; <see cref="Read"/> checks them and reads the data.
/// </summary>
internal sealed class MeasurementOptions(string recordsDescription, string defaultCodeBytes)
{
    public Option<string> Data { get; } = new("--data") { Description = "Folder with the IDX files.", DefaultValueFactory = _ => FashionMnistFolder.DebianFolder };

    public Option<string> Output { get; } = new("--out") { Description = "CSV to write.", Required = true };

    public Option<int> Records { get; } = new("--records") { Description = recordsDescription, DefaultValueFactory = _ => 5_000 };

    public Option<string> CodeBytes { get; } = new("--code-bytes") { Description = "Code sizes k, comma-separated.", DefaultValueFactory = _ => defaultCodeBytes };

    /// <summary>Adds these options, then <paramref name="more"/>, to <paramref name="command"/>.</summary>
    public void AddTo(Command command, params Option[] more)
    {
        foreach (var option in (Option[])[Data, Output, Records, CodeBytes, .. more])
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The training and test images, N (checked against the training set) and the code sizes.</summary>
    /// <exception cref="InvalidInputException">A bad <c>--records</c> or <c>--code-bytes</c>.</exception>
    public (LabelledImages Train, LabelledImages Test, int Records, int[] CodeBytes) Read(ParseResult parse)
    {
        var (train, test) = FashionMnistFolder.Read(parse.GetRequiredValue(Data));
        var n = parse.GetValue(Records);
        if (n < 2 || n > train.Count)
        {
            throw new InvalidInputException("--records", $"must be 2..{train.Count}, not {n}");
        }
        return (train, test, n, OptionValues.IntegerList("--code-bytes", parse.GetRequiredValue(CodeBytes)));
    }
}
