using Asivado.Gateway.Tests.Api.Support;

namespace Asivado.Gateway.Tests.Authorization;

/// <summary>
/// The callers of the access matrix, by the names the tests use: the people of the test organisation (billing:
/// agents alice and bob, lead lena; support: agent carl, lead sam; maria manages both), an admin, the integration
/// key "cti", and "none" (no credentials).
/// </summary>
public static class Callers
{
    public const string IntegrationKeyName = "cti";
    public const string IntegrationKey = "cti-test-key-0123456789";

    /// <summary>The gateway with the integration key "cti" configured (at index 9, after the demo key of appsettings.json).</summary>
    public static GatewayApiFactory CreateGateway() =>
        new GatewayApiFactory()
            .WithSetting("Authentication:IntegrationKeys:9:Name", IntegrationKeyName)
            .WithSetting("Authentication:IntegrationKeys:9:Key", IntegrationKey);

    public static HttpClient ClientFor(this GatewayApiFactory api, string caller) => caller switch
    {
        "alice" or "bob" => api.CreateClientAs(caller, "agent", "billing"),
        "carl" => api.CreateClientAs(caller, "agent", "support"),
        "lena" => api.CreateClientAs(caller, "lead", "billing"),
        "sam" => api.CreateClientAs(caller, "lead", "support"),
        "maria" => api.CreateClientAs(caller, "manager", "billing"),
        "admin" => api.CreateClient(),
        "integration" => api.CreateApiKeyClient(IntegrationKey),
        "none" => api.CreateAnonymousClient(),
        _ => throw new ArgumentOutOfRangeException(nameof(caller), caller, "Not a caller of the matrix."),
    };

    public static HttpClient CreateApiKeyClient(this GatewayApiFactory api, string key)
    {
        var client = api.CreateAnonymousClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }
}
