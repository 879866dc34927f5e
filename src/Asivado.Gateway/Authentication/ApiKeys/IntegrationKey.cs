namespace Asivado.Gateway.Authentication.ApiKeys;

/// <summary>One configured integration key ("Authentication:IntegrationKeys"): its name becomes the caller's "sub".</summary>
public sealed class IntegrationKey
{
    public string Name { get; set; } = "";

    public string Key { get; set; } = "";

    /// <summary>Honoured only by the embedded default (no ConnectionStrings:Asivado), like the demo sign-in.</summary>
    public bool DemoOnly { get; set; }
}
