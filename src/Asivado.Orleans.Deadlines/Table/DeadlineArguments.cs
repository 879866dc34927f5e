namespace Asivado.Orleans.Deadlines.Table;

/// <summary>The argument checks the scheduler and the tables share, so every table refuses the same input.</summary>
public static class DeadlineArguments
{
    public static void ValidateTarget(GrainId target)
    {
        if (target.IsDefault)
        {
            throw new ArgumentException("The target grain id must be set.", nameof(target));
        }
    }

    public static void ValidateName(string name) => ArgumentException.ThrowIfNullOrEmpty(name);

    /// <summary>Every name non-empty and appearing at most once across both lists.</summary>
    public static void ValidateChanges(GrainId target, IReadOnlyList<ScheduledDeadline> schedule, IReadOnlyList<string> cancel)
    {
        ValidateTarget(target);
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(cancel);
        var names = new HashSet<string>(schedule.Count + cancel.Count, StringComparer.Ordinal);
        foreach (var deadline in schedule)
        {
            ArgumentNullException.ThrowIfNull(deadline, nameof(schedule));
            ValidateName(deadline.Name);
            if (!names.Add(deadline.Name))
            {
                throw new ArgumentException($"Deadline {deadline.Name} appears more than once.", nameof(schedule));
            }
        }

        foreach (var name in cancel)
        {
            ValidateName(name);
            if (!names.Add(name))
            {
                throw new ArgumentException($"Deadline {name} appears more than once.", nameof(cancel));
            }
        }
    }
}
