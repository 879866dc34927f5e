namespace Asivado.Gateway.Authentication.ApiKeys;

/// <summary>One configured integration key ("Authentication:IntegrationKeys", or the demo key): its name becomes the caller's "sub".</summary>
public sealed class IntegrationKey
{
    public string Name { get; set; } = "";

    public string Key { get; set; } = "";
}
