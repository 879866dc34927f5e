using Asivado.Grains.Agents;

namespace Asivado.Grains.Cases;

/// <summary>One escalation notice for one person.</summary>
internal sealed record EscalationDelivery(string PersonId, EscalationNotice Notice);
