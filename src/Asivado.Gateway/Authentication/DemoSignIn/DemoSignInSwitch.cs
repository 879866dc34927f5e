namespace Asivado.Gateway.Authentication.DemoSignIn;

/// <summary>Whether the password-less demo sign-in is offered.</summary>
public static class DemoSignInSwitch
{
    /// <summary>Only for the embedded default: Authentication:DemoSignIn is true and no ConnectionStrings:Asivado is set.</summary>
    public static bool IsEnabled(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration.GetValue<bool>($"{GatewayAuthenticationOptions.SectionName}:{nameof(GatewayAuthenticationOptions.DemoSignIn)}")
            && string.IsNullOrWhiteSpace(configuration.GetConnectionString("Asivado"));
    }
}
