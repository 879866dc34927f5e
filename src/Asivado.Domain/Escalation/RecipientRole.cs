namespace Asivado.Domain.Escalation;

/// <summary>Who is told about an escalation step; the grains resolve roles to people.</summary>
public enum RecipientRole
{
    Assignee = 1,
    DepartmentLead,
    DepartmentManager,
}
