using NodaTime;

namespace Asivado.Grains.Departments;

/// <summary>What was already counted for one case or call, so that a repeated report does not count twice.</summary>
public sealed class CountedWork
{
    /// <summary>Targets whose outcome was counted (the first outcome counts; a later Met after a breach does not).</summary>
    public List<string> Targets { get; set; } = [];

    /// <summary>True when the case was counted in the feedback tallies.</summary>
    public bool Intake { get; set; }

    /// <summary>When something was last counted for it (the department's clock); drives <see cref="DepartmentTallyState.Prune"/>.</summary>
    public Instant LastCountedAt { get; set; }
}
