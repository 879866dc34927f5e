namespace Asivado.Gateway.Api.Cases.Actions;

/// <summary>The body of an action that takes no arguments (resume, confirm): absent or {}.</summary>
public sealed record EmptyRequest;
