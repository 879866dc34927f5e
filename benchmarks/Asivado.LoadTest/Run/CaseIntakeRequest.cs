namespace Asivado.LoadTest.Run;

/// <summary>Body of POST /api/cases.</summary>
public sealed record CaseIntakeRequest(string Channel, string Kind, string DepartmentId, CaseCustomer Customer, string Subject, string Description);

/// <summary>The customer: an e-mail address and a phone number, so that every channel has its reply route (voicemail needs the number).</summary>
public sealed record CaseCustomer(string Name, string Email, string Phone);
