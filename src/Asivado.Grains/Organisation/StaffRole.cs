namespace Asivado.Grains.Organisation;

/// <summary>A person's role in the organisation; a lead also works cases as an agent (<see cref="CaseWorkers"/>).</summary>
public enum StaffRole
{
    Agent = 1,
    Lead,
    Manager,
    Admin,
}
