using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using EdgeLearnSim.Cli.Composition;
using EdgeLearnSim.Core;
using EdgeLearnSim.Core.Extensions;
using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Programs;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Core.Scheduling.Bounds;
using EdgeLearnSim.Core.Simulation;
using EdgeLearnSim.Engine.Random;
using EdgeLearnSim.External;
using EdgeLearnSim.Solvers;
using EdgeLearnSim.Solvers.Bounds;

namespace EdgeLearnSim.Cli.Commands;

/// <summary>
/// <c>edgelearnsim solve INSTANCE --scheduler NAME [--parameter NAME=VALUE]… [--uplink POLICY] [--time-limit S] [--seed K] [--assignment OUT.csv]</c>:
/// runs one registered scheduler (or <c>all</c>) on an instance folder or literature file and prints
/// <c>makespan=… lower_bound=… gap=…% ms=…</c>, or a table with one row per scheduler. The lower bound is
/// the larger of the certified instance bound (docs/model.md, "Lower bounds") and the one the scheduler proved
/// itself; ms is the scheduler's wall time. Parameters and the uplink policy take the names a scenario gives them
/// in a scheduler entry and in <c>simulation.policy</c>.
/// </summary>
public static class SolveCommand
{
    private const string AllSchedulers = "all";

    public static Command Create()
    {
        var instance = new Argument<string>("instance") { Description = "An instance folder (tasks.csv, edges.csv) or a literature instance file." };
        var scheduler = new Option<string?>("--scheduler") { Description = $"A registered scheduler name, or '{AllSchedulers}' for a table of every scheduler." };
        var external = new Option<string?>("--external") { Description = "Instead of --scheduler: an external program's command (words split at spaces; see docs/external-protocol.md)." };
        var label = new Option<string?>("--label") { Description = "The external program's name in the output (default: external)." };
        var timeLimit = new Option<double?>("--time-limit") { Description = "Wall-clock safety net per scheduler, in seconds; a result it cuts is marked." };
        var parameters = new Option<string[]>("--parameter")
        {
            Description = "A scheduler parameter as NAME=VALUE, as in a scenario's scheduler entry (e.g. work=2, deterministic-time=30, rounds=500); repeatable.",
            AllowMultipleArgumentsPerToken = false,
        };
        var uplink = new Option<string>("--uplink")
        {
            Description = $"The uplink policy the schedule is planned for, as a scenario's simulation.policy: {string.Join(", ", DefaultToolkit.Kinds.Uplinks.Names)} (pipeline-search simulates it).",
            DefaultValueFactory = _ => UplinkPolicy.Fifo.Name,
        };
        var seed = new Option<ulong>("--seed") { Description = "Base seed; each scheduler's stream derives from it and the scheduler's name.", DefaultValueFactory = _ => 1 };
        var assignment = new Option<string?>("--assignment") { Description = "Write the assignment as CSV (header task,edge; 0-based ids) to this file." };
        var command = new Command("solve", "Schedule one instance and report makespan, lower bound and gap.")
        {
            instance, scheduler, parameters, uplink, external, label, timeLimit, seed, assignment,
        };
        command.SetAction((parseResult, cancellation) => Task.FromResult(Run(
            parseResult.GetValue(instance)!,
            SchedulerOrExternal(parseResult.GetValue(scheduler), parseResult.GetValue(external), parseResult.GetValue(label)),
            parseResult.GetValue(parameters) ?? [],
            parseResult.GetValue(uplink)!,
            parseResult.GetValue(timeLimit),
            parseResult.GetValue(seed),
            parseResult.GetValue(assignment),
            Console.Out,
            Console.Error,
            cancellation)));
        return command;
    }

    /// <summary>
    /// Runs the command; bad input (unknown scheduler or parameter, bad option, unreadable instance) prints one
    /// <c>error:</c> line and returns exit code 2 here, because System.CommandLine's default handler would
    /// otherwise turn the exception into exit code 1 and a stack trace.
    /// </summary>
    internal static int Run(
        string instancePath,
        SolveTarget target,
        IReadOnlyList<string> parameters,
        string uplink,
        double? timeLimitSeconds,
        ulong seed,
        string? assignmentPath,
        TextWriter output,
        TextWriter error,
        CancellationToken cancellation)
    {
        try
        {
            return Solve(instancePath, target, parameters, Uplink(uplink), timeLimitSeconds, seed, assignmentPath, output, cancellation);
        }
        catch (Exception e) when (e is InvalidInputException or UnknownNameException)
        {
            error.WriteLine(e is UnknownNameException ? $"error: --scheduler: {e.Message}" : $"error: {e.Message}");
            return CommandLineApp.ExitCodes.BadInput;
        }
        catch (ExternalProgramException e)
        {
            error.WriteLine($"error: {instancePath}: {e.Message}");
            return CommandLineApp.ExitCodes.SomeCellsFailed;
        }
    }

    private static UplinkPolicy Uplink(string name)
    {
        try
        {
            return DefaultToolkit.Kinds.Uplinks.Find(name);
        }
        catch (UnknownNameException e)
        {
            throw new InvalidInputException("--uplink", e.Message, e);
        }
    }

    private static int Solve(
        string instancePath,
        SolveTarget target,
        IReadOnlyList<string> parameters,
        UplinkPolicy uplink,
        double? timeLimitSeconds,
        ulong seed,
        string? assignmentPath,
        TextWriter output,
        CancellationToken cancellation)
    {
        var schedulerName = target.Scheduler ?? "";
        var all = target.External is null && string.Equals(schedulerName, AllSchedulers, StringComparison.OrdinalIgnoreCase);
        // The external program is not in the catalog ('all' iterates the built-in schedulers only); it stands in as one descriptor.
        IReadOnlyList<SchedulerDescriptor> descriptors = target.External is { } program
            ? [ExternalDescriptor(program, timeLimitSeconds)]
            : all ? SchedulerCatalog.Default.All : [SchedulerCatalog.Default.Find(schedulerName)];
        if (timeLimitSeconds is { } limit && !(limit > 0 && double.IsFinite(limit)))
        {
            throw new InvalidInputException("--time-limit", $"must be a positive number of seconds, not {limit.ToString(CultureInfo.InvariantCulture)}");
        }
        if (all && assignmentPath is not null)
        {
            throw new InvalidInputException("--assignment", $"needs one scheduler, not '{AllSchedulers}'");
        }
        if (parameters.Count > 0 && (all || target.External is not null))
        {
            throw new InvalidInputException("--parameter", $"sets a parameter of one built-in scheduler, not of '{AllSchedulers}' or an external program");
        }
        var schedulerParameters = parameters.Count == 0 ? SchedulerParameters.None : ReadParameters(descriptors[0], parameters);

        var problem = InstanceFiles.Read(instancePath);
        var instanceBound = LowerBounds.Certify(problem, methods: null);
        var rows = new List<SolveRow>();
        foreach (var descriptor in descriptors)
        {
            var context = new SchedulerContext(
                StableSeed.Derive(seed, descriptor.Name),
                timeLimitSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
                cancellation)
            {
                Uplink = uplink,
            };
            var scheduler = Create(descriptor, schedulerParameters);
            var clock = Stopwatch.StartNew();
            var result = scheduler.Schedule(problem, context);
            clock.Stop();
            var bound = result.ProvenLowerBound is { } proven
                ? CertifiedBound.Max(instanceBound, new CertifiedBound(proven, descriptor.Name))
                : instanceBound;
            rows.Add(new SolveRow(descriptor.Name, result, bound, clock.Elapsed.TotalMilliseconds));
            if (cancellation.IsCancellationRequested)
            {
                break;
            }
        }

        if (all)
        {
            WriteTable(output, rows);
        }
        else
        {
            var row = rows[0];
            output.WriteLine($"makespan={Number(row.Result.Makespan)} lower_bound={Number(row.LowerBound.Value)} gap={Gap(row)}% ms={Milliseconds(row)} lower_bound_method={row.LowerBound.Method}");
            if (assignmentPath is not null)
            {
                WriteAssignment(assignmentPath, row.Result);
            }
        }
        return cancellation.IsCancellationRequested ? CommandLineApp.ExitCodes.Interrupted : CommandLineApp.ExitCodes.Success;
    }

    /// <summary>
    /// The <c>--parameter NAME=VALUE</c> options checked against the scheduler's declared parameters as a scenario's
    /// scheduler entry is (<see cref="SchedulerDescriptor.FindParameter"/>): an unknown name suggests the nearest.
    /// </summary>
    private static SchedulerParameters ReadParameters(SchedulerDescriptor descriptor, IReadOnlyList<string> parameters)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var parameter in parameters)
        {
            var equals = parameter.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new InvalidInputException("--parameter", $"expected NAME=VALUE such as work=2, not '{parameter}'");
            }
            var name = parameter[..equals].Trim();
            var text = parameter[(equals + 1)..].Trim();
            var declared = descriptor.FindParameter(name) ?? throw new InvalidInputException("--parameter", descriptor.UnknownParameter(name));
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                throw new InvalidInputException("--parameter", $"expected a number for scheduler parameter '{declared}', not '{text}'");
            }
            if (!values.TryAdd(declared, value))
            {
                throw new InvalidInputException("--parameter", $"'{declared}' is given twice");
            }
        }
        return new SchedulerParameters(values);
    }

    /// <summary>The scheduler; a parameter value it rejects (say, a fractional <c>rounds</c>) is bad input.</summary>
    private static IScheduler Create(SchedulerDescriptor descriptor, SchedulerParameters parameters)
    {
        try
        {
            return descriptor.Create(parameters);
        }
        catch (ArgumentException e)
        {
            throw new InvalidInputException("--parameter", e.Message.ReplaceLineEndings(" "));
        }
    }

    /// <summary>Exactly one of --scheduler and --external; --label only with --external.</summary>
    private static SolveTarget SchedulerOrExternal(string? scheduler, string? external, string? label)
    {
        if ((scheduler is null) == (external is null))
        {
            throw new InvalidInputException("--scheduler", "give either --scheduler NAME|all or --external 'COMMAND'");
        }
        if (label is not null && external is null)
        {
            throw new InvalidInputException("--label", "names an --external program; built-in schedulers keep their names");
        }
        return external is null ? new SolveTarget(scheduler, null) : new SolveTarget(null, ExternalTarget(external, label ?? "external"));
    }

    private static (string Label, string[] Command) ExternalTarget(string external, string label)
    {
        var words = external.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0)
        {
            throw new InvalidInputException("--external", "expected a command such as 'python3 my_scheduler.py'");
        }
        if (Experiments.Scenarios.SchedulerChoice.LabelProblem(label) is { } problem)
        {
            throw new InvalidInputException("--label", problem);
        }
        return (label, words);
    }

    private static SchedulerDescriptor ExternalDescriptor((string Label, string[] Command) target, double? timeLimitSeconds)
    {
        var program = new ExternalProgram(
            target.Label,
            ExternalProgram.Resolve(target.Command, Directory.GetCurrentDirectory()),
            timeLimitSeconds is { } seconds && seconds > 0 && double.IsFinite(seconds) ? TimeSpan.FromSeconds(seconds) : null);
        return new SchedulerDescriptor(program.Label, program.CommandLine, new Dictionary<string, double>(), _ => new ExternalScheduler(program));
    }

    private static void WriteTable(TextWriter output, List<SolveRow> rows)
    {
        string[] header = ["scheduler", "makespan", "lower_bound", "gap%", "ms", "bound_by"];
        var cells = rows.Select(r => new[] { r.Name, Number(r.Result.Makespan), Number(r.LowerBound.Value), Gap(r), Milliseconds(r), r.LowerBound.Method }).ToList();
        var widths = header.Select((h, c) => Math.Max(h.Length, cells.Count == 0 ? 0 : cells.Max(row => row[c].Length))).ToArray();
        output.WriteLine(string.Join("  ", header.Select((h, c) => c == 0 ? h.PadRight(widths[c]) : h.PadLeft(widths[c]))));
        foreach (var row in cells)
        {
            output.WriteLine(string.Join("  ", row.Select((cell, c) => c == 0 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]))));
        }
    }

    private static void WriteAssignment(string path, ScheduleResult result)
    {
        try
        {
            using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
            writer.NewLine = "\n";
            writer.WriteLine("task,edge");
            for (var i = 0; i < result.EdgeOf.Count; i++)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{i},{result.EdgeOf[i]}"));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidInputException(path, $"cannot write the assignment: {e.Message}");
        }
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Gap(SolveRow row) =>
        row.LowerBound.Value > 0
            ? Core.Metrics.Gap.Percent(row.Result.Makespan, row.LowerBound.Value).ToString("F4", CultureInfo.InvariantCulture)
            : (row.Result.Makespan > 0 ? "inf" : "0.0000");

    private static string Milliseconds(SolveRow row) => row.Milliseconds.ToString("F1", CultureInfo.InvariantCulture);

    /// <summary>What <c>solve</c> runs: a registered scheduler name (or <c>all</c>), or an external program.</summary>
    internal sealed record SolveTarget(string? Scheduler, (string Label, string[] Command)? External);

    private sealed record SolveRow(string Name, ScheduleResult Result, CertifiedBound LowerBound, double Milliseconds);
}
