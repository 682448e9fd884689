using System.Globalization;
using EdgeLearnSim.Core.Distributions;
using EdgeLearnSim.Core.Extensions;

namespace EdgeLearnSim.Core.Instances;

/// <summary>Release times read from one column of a CSV trace, in order (task i gets row i).</summary>
public sealed record TraceArrivals(string TracePath, string Column) : ArrivalSpec
{
    public static ExtensionKind<ArrivalSpec> Kind { get; } = new(
        "trace", "release times read from one column of a CSV trace, task i from row i; extra rows are ignored",
        [new KindParameter("path", ParameterType.File, "the CSV trace"), new KindParameter("column", ParameterType.Text, "the column's name")],
        arguments => new TraceArrivals(arguments.Text("path"), arguments.Text("column")));

    public override double[] Generate(int taskCount, Random random) => TraceColumns.Read(TracePath, Column)[..taskCount];

    public override void Validate(int taskCount)
    {
        var column = TraceColumns.Read(TracePath, Column);
        if (column.Length < taskCount)
        {
            throw new InvalidInputException(TracePath, $"column '{Column}' has {column.Length} release times for {taskCount} tasks");
        }
        for (var i = 0; i < taskCount; i++)
        {
            if (column[i] < 0)
            {
                throw new InvalidInputException(
                    TracePath,
                    $"column '{Column}': release time of task {i} is {column[i].ToString("R", CultureInfo.InvariantCulture)}; times must be ≥ 0");
            }
        }
    }
}
