using System.Text.Json;
using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Simulation.Dispatch;
using EdgeLearnSim.Core.Topologies;
using EdgeLearnSim.External.Protocol;
using EdgeLearnSim.External.Tests.Support;

namespace EdgeLearnSim.External.Tests;

/// <summary>
/// What the simulator writes is what docs/schemas describes: every field it sends is declared there, and every
/// field the schema requires is sent (edge-learning and literature requests, reset and decide).
/// </summary>
public sealed class SchemaAgreementTests
{
    public static TheoryData<string> Requests() => ["edge-learning", "unrelated"];

    [Theory]
    [MemberData(nameof(Requests))]
    public void ScheduleRequest_SendsTheSchemasFields(string kind)
    {
        ISchedulingInstance instance = kind == "unrelated"
            ? new UnrelatedInstance(3, 2, [1, 2, 3, 4, 5, 6])
            : InstanceGenerator.Generate(new InstanceSpec { Tasks = 8, Edges = 3, Topology = new OneToMoreTopology(2) }, 1);

        AssertAgrees("schedule-request.v2.json", ScheduleRequest.Write(instance, "mine", 7, TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public void StepMessages_SendTheSchemasFields()
    {
        using var messages = new StepMessages();
        AssertAgrees("step-reset.v2.json", messages.Reset("mine", 8, 3, 7).ToArray());
        var decision = new DispatchDecision(1.5, 4, 3.25, 0, false, [new EdgeObservation(0, 100, 90, 1, 0, true), new EdgeObservation(2, 50, 50, 0, 0, false)]);
        AssertAgrees("step-decide.v2.json", messages.Decide(decision).ToArray());
    }

    private static void AssertAgrees(string schemaFile, byte[] message)
    {
        using var schema = JsonDocument.Parse(File.ReadAllBytes(RepositoryFiles.Path(Path.Combine("docs", "schemas", schemaFile))));
        using var sent = JsonDocument.Parse(message);
        var declared = schema.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var written = sent.RootElement.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var required = schema.RootElement.GetProperty("required").EnumerateArray().Select(r => r.GetString()!);

        Assert.Empty(written.Except(declared));
        Assert.Empty(required.Except(written));
    }
}
