using Asivado.Grains.Agents;
using Asivado.Grains.Organisation;
using NodaTime;

namespace Asivado.Gateway.Hubs.Views;

/// <summary>Who is signed in on this console, their department's people, and the server's clock (consoles count down from it).</summary>
public sealed record ConsoleProfile(
    string AgentId,
    string Name,
    StaffRole Role,
    string DepartmentId,
    string DepartmentName,
    bool IsLead,
    AgentPresence Presence,
    Instant ServerTime,
    IReadOnlyList<Colleague> Colleagues);

/// <summary>A member of the console user's department (staff only; no contact details).</summary>
public sealed record Colleague(string Id, string Name, StaffRole Role);
