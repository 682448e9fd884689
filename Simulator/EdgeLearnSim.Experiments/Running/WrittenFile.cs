namespace EdgeLearnSim.Experiments.Running;

/// <summary>A file an output writer wrote; a writer's own kinds derive from it to say more (a figure's caption, for one).</summary>
public record WrittenFile(string Path);
