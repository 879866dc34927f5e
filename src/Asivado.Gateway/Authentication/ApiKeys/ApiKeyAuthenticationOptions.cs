using Microsoft.AspNetCore.Authentication;

namespace Asivado.Gateway.Authentication.ApiKeys;

/// <summary>The integration keys the <see cref="ApiKeyAuthenticationHandler"/> accepts.</summary>
public sealed class ApiKeyAuthenticationOptions : AuthenticationSchemeOptions
{
    public const string SchemeName = "ApiKey";

    public const string HeaderName = "X-Api-Key";

    public IReadOnlyList<IntegrationKey> Keys { get; set; } = [];
}
