namespace Asivado.Gateway.Authentication.ApiKeys;

/// <summary>
/// Reads the usable integration keys (named, non-empty): every key of "Authentication:IntegrationKeys", and on the
/// embedded default only (no ConnectionStrings:Asivado) the demo key "Authentication:DemoIntegrationKey". The demo key
/// is a setting of its own, not an entry of the array: configuration merges arrays by index, so a demo entry at index 0
/// of appsettings.json would lend its fields (a demo flag, a name) to an operator's key 0.
/// </summary>
public static class IntegrationKeysConfiguration
{
    public const string SectionName = GatewayAuthenticationOptions.SectionName + ":IntegrationKeys";
    public const string DemoKeySectionName = GatewayAuthenticationOptions.SectionName + ":DemoIntegrationKey";

    public static IReadOnlyList<IntegrationKey> Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var embeddedDefault = string.IsNullOrWhiteSpace(configuration.GetConnectionString("Asivado"));
        var keys = configuration.GetSection(SectionName).Get<List<IntegrationKey>>() ?? [];
        if (embeddedDefault && configuration.GetSection(DemoKeySectionName).Get<IntegrationKey>() is { } demo)
        {
            keys.Add(demo);
        }

        return [.. keys.Where(key => !string.IsNullOrWhiteSpace(key.Name) && !string.IsNullOrEmpty(key.Key))];
    }
}
