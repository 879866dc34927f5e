namespace Asivado.LoadTest.Organisation;

/// <summary>A department of the load organisation with its leads and agents.</summary>
public sealed record LoadDepartment(string Id, int Index, IReadOnlyList<LoadPerson> Leads, IReadOnlyList<LoadPerson> Agents);
