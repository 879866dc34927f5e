using NodaTime;

namespace Asivado.Grains.Departments;

/// <summary>
/// What the department remembers of one case for its forecast: when an agent got it, how long the handling took
/// (the department's history of handling times), and the targets whose at-risk warning already went to the leads.
/// Kept while the case is open; after it left, only as one of the last handled cases measured.
/// </summary>
public sealed class HandlingRecord
{
    /// <summary>When the case was last given to an agent (a reassignment starts again).</summary>
    public Instant? AssignedAt { get; set; }

    /// <summary>When it was handled: responded to, or left the department, after an agent got it.</summary>
    public Instant? HandledAt { get; set; }

    /// <summary>Business time of the department's calendar from <see cref="AssignedAt"/> to <see cref="HandledAt"/>.</summary>
    public Duration? Handling { get; set; }

    /// <summary>Targets the leads were warned about (once per case and target).</summary>
    public List<string> WarnedTargets { get; set; } = [];
}
