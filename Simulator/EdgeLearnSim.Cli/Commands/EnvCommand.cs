using System.CommandLine;
using System.Globalization;
using EdgeLearnSim.Cli.Composition;
using EdgeLearnSim.Cli.Env;
using EdgeLearnSim.Core;
using EdgeLearnSim.Experiments.Cells;
using EdgeLearnSim.External.Env;

namespace EdgeLearnSim.Cli.Commands;

/// <summary>
/// <c>edgelearnsim env SCENARIO.yaml [--cell ID]… [--cells RANGES]</c>: the scenario's cells as episodes of a
/// stepped environment driven over stdin/stdout (docs/env-protocol.md; the Python package in python/ wraps it).
/// Exit codes: 0 closed, 1 a simulation failed, 2 bad input or a broken protocol.
/// </summary>
internal static class EnvCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("scenario") { Description = "Scenario YAML file." };
        var cell = new Option<string[]>("--cell") { Description = "A cell to serve, by id or index (repeatable). Default: every cell.", AllowMultipleArgumentsPerToken = false };
        var cellRanges = new Option<string?>("--cells") { Description = "Cells to serve by index: ranges such as 0-79,90 (0-based, ends included)." };
        var command = new Command("env", "Serve a scenario's cells as environment episodes: each online decision is read from the caller (JSON lines on stdin/stdout).")
        {
            file, cell, cellRanges,
        };
        command.SetAction(parse =>
        {
            try
            {
                var toolkit = DefaultToolkit.Create();
                if (ScenarioFiles.Load([parse.GetValue(file)!], toolkit, Console.Error) is not [var scenario])
                {
                    return CommandLineApp.ExitCodes.BadInput;
                }
                var cells = Select(CellPlan.Enumerate(scenario), parse.GetValue(cell) ?? [], parse.GetValue(cellRanges));
                using var channel = EnvChannel.Standard();
                return new EnvSession(toolkit, cells, channel).Run(Console.Error);
            }
            catch (InvalidInputException e) when (!parse.GetValue<bool>("--verbose"))
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return CommandLineApp.ExitCodes.BadInput;
            }
        });
        return command;
    }

    /// <summary>The cells named by id or index and by ranges, in cell order; every cell when neither is given.</summary>
    internal static IReadOnlyList<Cell> Select(IReadOnlyList<Cell> all, IReadOnlyList<string> named, string? ranges)
    {
        if (named.Count == 0 && ranges is null)
        {
            return all;
        }
        var chosen = new SortedSet<int>();
        foreach (var name in named)
        {
            var match = all.FirstOrDefault(c => c.Id == name)
                ?? (int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < all.Count ? all[index] : null);
            chosen.Add(match?.Index ?? throw new InvalidInputException("--cell", $"no cell '{name}'; ids look like '{(all.Count > 0 ? all[0].Id : "")}', indices go from 0 to {all.Count - 1}"));
        }
        foreach (var part in (ranges ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var ends = part.Split('-');
            if (ends.Length > 2 || !int.TryParse(ends[0], NumberStyles.None, CultureInfo.InvariantCulture, out var first)
                || !int.TryParse(ends[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var last) || first > last || last >= all.Count)
            {
                throw new InvalidInputException("--cells", $"'{part}' is not an index or a range FIRST-LAST of indices from 0 to {all.Count - 1}");
            }
            for (var k = first; k <= last; k++)
            {
                chosen.Add(k);
            }
        }
        return [.. chosen.Select(k => all[k])];
    }
}
