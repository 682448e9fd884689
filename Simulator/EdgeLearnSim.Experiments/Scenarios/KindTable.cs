using System.Globalization;
using System.Text;
using EdgeLearnSim.Core.Extensions;
using EdgeLearnSim.Core.Scheduling;

namespace EdgeLearnSim.Experiments.Scenarios;

/// <summary>
/// The Markdown table of every name a scenario may use, generated from the registries: schedulers, topologies,
/// distributions, arrival processes, uplink and online dispatch policies and bounds, each with its parameters and
/// meaning. Scenarios/SCHEMA.md carries the table of the tool's own registries, and a test keeps it equal to this
/// rendering.
/// </summary>
public static class KindTable
{
    public static string Markdown(SchedulerRegistry schedulers, ScenarioKinds kinds)
    {
        ArgumentNullException.ThrowIfNull(schedulers);
        ArgumentNullException.ThrowIfNull(kinds);
        var table = new StringBuilder();
        table.Append("| kind | name | parameters | meaning |\n|---|---|---|---|\n");
        foreach (var scheduler in schedulers.All)
        {
            var parameters = scheduler.ParameterDefaults.Select(p => $"`{p.Key}` (default {p.Value.ToString("R", CultureInfo.InvariantCulture)})");
            Row(table, "scheduler", scheduler.Name, parameters, scheduler.Description);
        }
        Rows(table, kinds.Topologies);
        Rows(table, kinds.Distributions);
        Rows(table, kinds.Arrivals);
        EntryRows(table, kinds.Uplinks);
        EntryRows(table, kinds.OnlinePolicies);
        EntryRows(table, kinds.Bounds);
        return table.ToString();
    }

    // Entries that take no parameters.
    private static void EntryRows<TEntry>(StringBuilder table, Registry<TEntry> registry)
        where TEntry : class, IRegistryEntry
    {
        foreach (var entry in registry.All)
        {
            Row(table, registry.Kind, entry.Name, [], entry.Description);
        }
    }

    private static void Rows<TSpec>(StringBuilder table, Registry<ExtensionKind<TSpec>> registry)
    {
        foreach (var kind in registry.All)
        {
            var parameters = kind.Parameters.Select(p => $"`{p.Key}`: {p.Description}; {p.Expected}{(p.Optional ? ", optional" : "")}");
            Row(table, registry.Kind, kind.Name, parameters, kind.Description);
        }
    }

    private static void Row(StringBuilder table, string kind, string name, IEnumerable<string> parameters, string meaning)
    {
        var list = string.Join("<br>", parameters);
        table.Append(CultureInfo.InvariantCulture, $"| {kind} | `{name}` | {(list.Length == 0 ? "none" : list)} | {meaning.Replace("|", "\\|", StringComparison.Ordinal)} |\n");
    }
}
