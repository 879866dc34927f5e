using Asivado.Domain.Cases;
using NodaTime;

namespace Asivado.Simulate;

/// <summary>One contact of the day: when it arrives, where it goes, by which channel, of which kind.</summary>
public sealed record Contact(Instant At, string DepartmentId, Channel Channel, CaseKind Kind);
