using Asivado.Domain.Cases;
using Asivado.Grains.Cases;
using NodaTime;

namespace Asivado.Gateway.Hubs.Views;

/// <summary>A case after a console action: who has it now and its next deadline (no customer details).</summary>
public sealed record ConsoleCaseSummary(string CaseId, string DepartmentId, string? AssigneeId, CaseStatus Status, string Subject, Instant? NextDueAt)
{
    public static ConsoleCaseSummary From(CaseView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new(view.Id, view.DepartmentId, view.AssigneeId, view.Status, view.Subject, view.NextDueAt);
    }
}
