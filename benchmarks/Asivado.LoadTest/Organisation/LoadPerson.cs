namespace Asivado.LoadTest.Organisation;

/// <summary>A person of the load organisation. <see cref="Role"/> is the token's role claim: agent, lead or manager.</summary>
/// <param name="DepartmentIndex">0-based index of <see cref="DepartmentId"/> in the organisation.</param>
/// <param name="LeadIndex">For a lead, 0-based among the department's leads; otherwise -1.</param>
public sealed record LoadPerson(string Id, string Name, string DepartmentId, int DepartmentIndex, string Role, int Capacity, int LeadIndex = -1)
{
    public const string AgentRole = "agent";
    public const string LeadRole = "lead";
    public const string ManagerRole = "manager";

    public bool IsLead => Role == LeadRole;
}
