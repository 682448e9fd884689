using System.Collections;

namespace EdgeLearnSim.Core.Instances;

/// <summary>A read-only list view that builds each <see cref="LearningTask"/> from the instance's columns on access.</summary>
internal sealed class LearningTaskList(EdgeLearningInstance instance) : IReadOnlyList<LearningTask>
{
    public int Count => instance.TaskCount;

    public LearningTask this[int index] => (uint)index < (uint)Count
        ? instance.Task(index)
        : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<LearningTask> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return instance.Task(i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
