namespace Asivado.Gateway.Authentication.ApiKeys;

/// <summary>Reads "Authentication:IntegrationKeys": the usable keys (named, non-empty), demo-only keys dropped outside the embedded default.</summary>
public static class IntegrationKeysConfiguration
{
    public const string SectionName = GatewayAuthenticationOptions.SectionName + ":IntegrationKeys";

    public static IReadOnlyList<IntegrationKey> Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var embeddedDefault = string.IsNullOrWhiteSpace(configuration.GetConnectionString("Asivado"));
        var keys = configuration.GetSection(SectionName).Get<List<IntegrationKey>>() ?? [];
        return [.. keys.Where(key => !string.IsNullOrWhiteSpace(key.Name) && !string.IsNullOrEmpty(key.Key) && (embeddedDefault || !key.DemoOnly))];
    }
}
