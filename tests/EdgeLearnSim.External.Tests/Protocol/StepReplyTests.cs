using System.Text;
using EdgeLearnSim.External.Protocol;

namespace EdgeLearnSim.External.Tests.Protocol;

/// <summary>The plain reply and every other spelling the schema allows read the same; the rest is refused by name.</summary>
public sealed class StepReplyTests
{
    [Theory]
    [InlineData("{\"edge\": 3}", 3)]
    [InlineData("  {\"edge\":-1}  ", -1)]
    [InlineData("{\"edge\": 3.0}", 3)]
    [InlineData("{\"edge\": 3e0}", 3)]
    [InlineData("{\"note\": \"x\", \"edge\": 3}", 3)]
    [InlineData("{\"edge\": 3, \"note\": [1, {\"a\": null}]}", 3)]
    public void Accepted_ReadTheEdge(string line, int edge) => Assert.Equal(edge, StepReply.Read(Bytes(line)));

    [Theory]
    [InlineData("{\"edge\": 3, \"edge\": 3}", "Duplicate property 'edge'")]
    [InlineData("{\"edge\": 3, \"x\": 1, \"x\": 2}", "Duplicate property 'x'")]
    [InlineData("{\"edge\": 3} {\"edge\": 4}", "printed something that is not JSON")]
    [InlineData("{\"edge\": 2147483648}", "'edge' is 2147483648; expected an edge index")]
    [InlineData("{\"edge\": -2}", "'edge' is -2; expected an edge index")]
    [InlineData("{\"Edge\": 3}", "answered without 'edge'")]
    public void Refused_NameTheProblem(string line, string problem)
    {
        var error = Assert.Throws<MalformedAnswerException>(() => StepReply.Read(Bytes(line)));
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    private static ReadOnlyMemory<byte> Bytes(string line) => Encoding.UTF8.GetBytes(line);
}
