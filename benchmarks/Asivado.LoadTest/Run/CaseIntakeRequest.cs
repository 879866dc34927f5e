namespace Asivado.LoadTest.Run;

/// <summary>Body of POST /api/cases.</summary>
public sealed record CaseIntakeRequest(string Channel, string Kind, string DepartmentId, CaseCustomer Customer, string Subject, string Description);

public sealed record CaseCustomer(string Name, string Email);
