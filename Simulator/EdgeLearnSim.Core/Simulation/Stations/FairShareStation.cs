using EdgeLearnSim.Core.Simulation.Bandwidth;
using EdgeLearnSim.Core.Simulation.Dispatch;
using EdgeLearnSim.Engine;

namespace EdgeLearnSim.Core.Simulation.Stations;

/// <summary>
/// Processor sharing: every present upload is served at once at an equal share of the rate. Tracks the service
/// level each flow has received (rises at rate/k while k flows are active); a flow finishes when the level reaches
/// its finish tag, so only the smallest tag needs a timer. Any arrival or completion changes k and plans that single
/// next-completion timer again; bandwidth breakpoints in between are integrated exactly.
/// </summary>
internal sealed class FairShareStation(SimulationEnvironment environment, IRateProfile profile, IStationOwner owner)
    : Station(environment, profile, ServiceStage.Upload, owner)
{
    private readonly PriorityQueue<TaskProgress, double> active = new();
    private readonly List<TaskProgress> finished = [];
    private double level;
    private double levelTime;
    private double tagSum;
    private double busySince;
    private long version;

    // The version, the tag it waits for and the number of flows when the current plan's timer was set.
    private long plannedVersion;
    private double plannedTag;
    private int plannedFlows;

    public override void Add(TaskProgress task)
    {
        Advance();
        if (active.Count == 0)
        {
            busySince = Environment.Now;
        }
        task.FinishTag = level + task.RemainingMegabits;
        tagSum += task.FinishTag;
        active.Enqueue(task, task.FinishTag);
        Owner.StageStarted(Stage, task);
        version++;
        Wake();
    }

    public override void TakeAll(List<TaskProgress> into)
    {
        if (active.Count == 0)
        {
            return;
        }
        Advance();
        AddBusy(busySince, Environment.Now);
        var taken = new List<TaskProgress>(active.Count);
        foreach (var (task, tag) in active.UnorderedItems)
        {
            task.RemainingMegabits = Math.Max(0, tag - level);
            taken.Add(task);
        }
        taken.Sort((a, b) => a.QueueKey.CompareTo(b.QueueKey));
        into.AddRange(taken);
        active.Clear();
        tagSum = 0;
        level = 0;
        version++;
        Wake();
    }

    public override double Backlog(double now)
    {
        if (active.Count == 0)
        {
            return 0;
        }
        var levelNow = level + (Profile.WorkBetween(levelTime, now) / active.Count);
        return Math.Max(0, tagSum - (active.Count * levelNow));
    }

    protected override void Plan()
    {
        NewPlan();
        if (active.Count == 0)
        {
            return;
        }
        Advance();
        active.TryPeek(out _, out var nextTag);
        var flows = active.Count;
        var finish = Profile.CompletionTime(Environment.Now, (nextTag - level) * flows);
        if (double.IsPositiveInfinity(finish))
        {
            Owner.Stalled(Stage, tagSum - (flows * level));
            return;
        }
        plannedVersion = version;
        plannedTag = nextTag;
        plannedFlows = flows;
        SetTimer(finish - Environment.Now);
    }

    protected override void Due()
    {
        if (plannedVersion != version)
        {
            return;
        }
        // Land exactly on the tag so flows with equal tags finish together, whatever the rounding of the rate integral.
        WorkDone += Math.Max(0, plannedTag - level) * plannedFlows;
        level = plannedTag;
        levelTime = Environment.Now;
        while (active.TryPeek(out var task, out var tag) && tag <= level)
        {
            active.Dequeue();
            tagSum -= tag;
            task.RemainingMegabits = 0;
            finished.Add(task);
        }
        if (active.Count == 0)
        {
            AddBusy(busySince, Environment.Now);
            tagSum = 0;
            level = 0;
        }
        foreach (var task in finished)
        {
            Owner.StageCompleted(Stage, task);
        }
        finished.Clear();
    }

    /// <summary>Raises the service level to the current time.</summary>
    private void Advance()
    {
        var now = Environment.Now;
        if (active.Count > 0 && now > levelTime)
        {
            var work = Profile.WorkBetween(levelTime, now);
            WorkDone += work;
            level += work / active.Count;
        }
        levelTime = now;
    }
}
