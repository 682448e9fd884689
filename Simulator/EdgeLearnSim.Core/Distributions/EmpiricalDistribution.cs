using EdgeLearnSim.Core.Extensions;

namespace EdgeLearnSim.Core.Distributions;

/// <summary>Draws uniformly among the values of one numeric column of a CSV trace (a measured table).</summary>
public sealed record EmpiricalDistribution(string TracePath, string Column) : DistributionSpec
{
    public static ExtensionKind<DistributionSpec> Kind { get; } = new(
        "empirical", "uniformly one of the values of a numeric column of a CSV trace",
        [
            new KindParameter("trace", ParameterType.File, "the CSV trace"),
            new KindParameter("column", ParameterType.Text, "the column's name"),
        ],
        arguments => new EmpiricalDistribution(arguments.Text("trace"), arguments.Text("column")));

    /// <summary>Reads the trace column once per process (<see cref="TraceColumns"/>).</summary>
    public override Func<Random, double> CreateDraw(string field)
    {
        if (string.IsNullOrWhiteSpace(TracePath) || string.IsNullOrWhiteSpace(Column))
        {
            throw new InvalidInputException(field, "an empirical distribution needs a trace path and a column name");
        }
        var values = TraceColumns.Read(TracePath, Column);
        return random => values[random.Next(values.Length)];
    }
}
