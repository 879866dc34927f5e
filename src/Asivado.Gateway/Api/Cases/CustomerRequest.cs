namespace Asivado.Gateway.Api.Cases;

/// <summary>The customer as a contact arrives: a name and how to reach them back. No other personal data is accepted.</summary>
public sealed record CustomerRequest(string? Name, string? Email, string? Phone, string? PostalAddress);
