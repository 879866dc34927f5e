using Asivado.Domain.Cases;
using NodaTime;

namespace Asivado.Gateway.Hubs.Views;

/// <summary>An open case of a lead's department: carried by <see cref="AssigneeId"/>, or queued when that is null.</summary>
public sealed record TeamCase(string CaseId, string Subject, Channel Channel, string? AssigneeId, Instant? NextDueAt);
