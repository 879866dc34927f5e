namespace Asivado.Gateway.Authentication;

/// <summary>The claims of an Asivado access token, and who issues it for whom.</summary>
public static class TokenClaims
{
    public const string Issuer = "asivado";

    public const string Audience = "asivado-console";

    /// <summary>The person id (or an integration key's name).</summary>
    public const string Subject = "sub";

    public const string Name = "name";

    /// <summary>One of <see cref="GatewayRoles"/>.</summary>
    public const string Role = "role";

    public const string Department = "department";
}
