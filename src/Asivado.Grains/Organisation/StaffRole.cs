namespace Asivado.Grains.Organisation;

/// <summary>A person's role in the organisation; a lead and a manager also work cases as agents.</summary>
public enum StaffRole
{
    Agent = 1,
    Lead,
    Manager,
    Admin,
}
