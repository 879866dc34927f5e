namespace Asivado.Gateway.Authentication.DemoSignIn;

/// <summary>A person one can sign in as on the demo sign-in page (staff only; no contact details).</summary>
public sealed record DemoPerson(string Id, string Name, string Role, string DepartmentId);
