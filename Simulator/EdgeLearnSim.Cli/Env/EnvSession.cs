using System.Globalization;
using EdgeLearnSim.Core;
using EdgeLearnSim.Core.Metrics;
using EdgeLearnSim.Core.Simulation;
using EdgeLearnSim.Core.Simulation.Results;
using EdgeLearnSim.Experiments.Cells;
using EdgeLearnSim.Experiments.Running;
using EdgeLearnSim.External.Env;

namespace EdgeLearnSim.Cli.Env;

/// <summary>
/// <c>edgelearnsim env</c>: the simulator as a stepped environment (docs/env-protocol.md). Announces the selectable
/// cells, then serves episodes on the caller's request: a <c>reset</c> names a cell, which is run in the world
/// <c>run</c> gives it (its instance, arrivals, bandwidth and outages: <see cref="CellPlan.SimulationSeed"/>) with
/// every decision taken by the caller (<see cref="CallerDispatchPolicy"/>); the episode's <c>end</c> carries the
/// makespans and the cell's certified lower bound as <c>run</c> computes it from the instance bounds.
/// </summary>
public sealed class EnvSession(ExperimentToolkit toolkit, IReadOnlyList<Cell> cells, EnvChannel channel)
{
    /// <summary>Serves requests until <c>close</c> or the end of the caller's output; the process's exit code.</summary>
    public int Run(TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            Announce();
            var request = channel.Read();
            while (request is { Kind: not EnvRequestKind.Close })
            {
                if (request.Kind == EnvRequestKind.Choice)
                {
                    throw new EnvProtocolException(string.Create(CultureInfo.InvariantCulture, $"answered edge {request.Edge} while no decision was pending; send a reset first"));
                }
                // A reset or close during an episode ends it and is served next.
                request = RunEpisode(Find(request.Cell!)) is { } interruption ? interruption.Request : channel.Read();
            }
            return 0;
        }
        catch (EnvProtocolException e)
        {
            return Fail(error, "the caller broke the protocol: " + e.Message, 2);
        }
        catch (InvalidInputException e)
        {
            return Fail(error, e.Message, 2);
        }
        catch (Exception e) when (e is SimulationStalledException or SimulationIncompleteException)
        {
            return Fail(error, e.Message, 1);
        }
        catch (IOException e)
        {
            // The caller went away without closing (its process ended): nobody is left to answer.
            error.WriteLine($"error: the caller's channel broke off: {e.Message}");
            return 1;
        }
    }

    private void Announce()
    {
        var scenario = cells.Count > 0 ? cells[0].Scenario : null;
        channel.Send("env", json =>
        {
            json.WriteString("scenario", scenario?.Name ?? "");
            json.WriteNumber("max_edges", cells.Count == 0 ? 0 : cells.Max(c => c.InstanceSpec.Edges));
            json.WriteStartArray("cells");
            foreach (var cell in cells)
            {
                json.WriteStartObject();
                json.WriteNumber("index", cell.Index);
                json.WriteString("id", cell.Id);
                json.WriteNumber("tasks", cell.InstanceSpec.Tasks);
                json.WriteNumber("edges", cell.InstanceSpec.Edges);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        });
    }

    private Cell Find(string idOrIndex)
    {
        var cell = cells.FirstOrDefault(c => c.Id == idOrIndex)
            ?? (int.TryParse(idOrIndex, NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? cells.FirstOrDefault(c => c.Index == index) : null);
        return cell ?? throw new EnvProtocolException($"reset: no cell '{idOrIndex}' among the {cells.Count} this env serves (ids or indices of the env message's cells)");
    }

    /// <summary>Runs one episode; the interruption when the caller reset or closed before its end.</summary>
    private EpisodeInterruptedException? RunEpisode(Cell cell)
    {
        var instance = toolkit.GenerateInstance(cell.InstanceSpec, cell.Seed);
        var bound = toolkit.LowerBound(instance, cell.Scenario.Bounds);
        var seed = CellPlan.SimulationSeed(cell);
        channel.Send("episode", json =>
        {
            json.WriteString("cell", cell.Id);
            json.WriteNumber("index", cell.Index);
            json.WriteNumber("tasks", instance.TaskCount);
            json.WriteNumber("edges", instance.EdgeCount);
            json.WriteNumber("seed", seed);
            json.WriteNumber("lower_bound", bound.Value);
            json.WriteString("lower_bound_method", bound.Method);
        });
        var policy = new CallerDispatchPolicy(channel, instance.ProcessingTime);
        SimulationResult result;
        try
        {
            result = toolkit.Simulator.Simulate(instance, policy, cell.Point.Settings.Simulation, seed);
        }
        catch (EpisodeInterruptedException interruption)
        {
            return interruption;
        }
        var makespan = ScheduleMetrics.Compute(instance, [.. result.Tasks.Select(t => t.Edge)]).WeightedMakespan;
        channel.Send("end", json =>
        {
            json.WriteString("cell", cell.Id);
            json.WriteNumber("decisions", policy.Decisions);
            json.WriteNumber("makespan", makespan);
            json.WriteNumber("simulated_makespan", result.SimulatedMakespan);
            json.WriteNumber("lower_bound", bound.Value);
            json.WriteString("lower_bound_method", bound.Method);
            json.WriteNumber("gap_percent", Gap.Percent(makespan, bound.Value));
            json.WriteNumber("mean_completion_time", result.MeanCompletionTime);
            json.WriteNumber("redispatched", result.Redispatched);
        });
        return null;
    }

    private int Fail(TextWriter error, string message, int exitCode)
    {
        error.WriteLine($"error: {message}");
        try
        {
            channel.Send("error", json => json.WriteString("message", message));
        }
        catch (IOException)
        {
            // The caller is gone; stderr has the line.
        }
        return exitCode;
    }
}
