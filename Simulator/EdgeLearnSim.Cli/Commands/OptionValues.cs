using System.Globalization;
using EdgeLearnSim.Core;

namespace EdgeLearnSim.Cli.Commands;

/// <summary>
/// Parsing of command option values shared by the testbed commands (here and in the autoencoder's program); a bad
/// value is an <see cref="InvalidInputException"/> naming the option.
/// </summary>
public static class OptionValues
{
    /// <summary>Distinct positive integers separated by commas, e.g. <c>--records 500,1000</c>.</summary>
    public static int[] IntegerList(string option, string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var values = new int[parts.Length];
        for (var k = 0; k < parts.Length; k++)
        {
            if (!int.TryParse(parts[k], NumberStyles.Integer, CultureInfo.InvariantCulture, out values[k]) || values[k] <= 0)
            {
                throw new InvalidInputException(option, $"'{parts[k]}' is not a positive integer");
            }
        }
        return values.Length > 0 && values.Distinct().Count() == values.Length
            ? values
            : throw new InvalidInputException(option, "expected distinct positive integers separated by commas");
    }

    /// <summary><paramref name="value"/> when it is positive.</summary>
    public static int Positive(string option, int value) =>
        value > 0 ? value : throw new InvalidInputException(option, $"must be a positive integer, not {value}");
}
