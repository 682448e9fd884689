namespace EdgeLearnSim.External.Env;

/// <summary>
/// One line from the caller of <c>edgelearnsim env</c> (docs/env-protocol.md): an answer <c>{"edge": j}</c>
/// (<see cref="EnvRequestKind.Choice"/>), <c>{"type": "reset", "cell": ID}</c> with the cell's id or index as
/// written, or <c>{"type": "close"}</c>.
/// </summary>
public sealed record EnvRequest(EnvRequestKind Kind, int Edge = -1, string? Cell = null);
