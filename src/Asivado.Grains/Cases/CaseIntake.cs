using Asivado.Domain.Cases;
using NodaTime;

namespace Asivado.Grains.Cases;

/// <summary>A contact taken in on any channel. <see cref="ReceivedAt"/> is set for postal mail and imports; otherwise now.</summary>
/// <param name="CallId">The telephony call the case came from, when there is one.</param>
public sealed record CaseIntake(
    Channel Channel,
    CaseKind Kind,
    string DepartmentId,
    CustomerDetails Customer,
    string Subject,
    string Description,
    Instant? ReceivedAt = null,
    string? CallId = null);
