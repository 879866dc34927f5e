namespace Asivado.Gateway.Api.Cases;

/// <summary>The answer to an intake sent with <c>Prefer: return=minimal</c>: the case's id.</summary>
public sealed record IntakeAnswer(string Id);
