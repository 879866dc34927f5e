using System.Buffers.Text;
using System.Security.Cryptography;

namespace Asivado.LoadTest.SignIn;

/// <summary>
/// The integration key intake is sent with (<c>X-Api-Key</c>). The host knows it under
/// Authentication:IntegrationKeys as <c>{ name, key }</c>; the name is the actor recorded in case history.
/// </summary>
public sealed record IntegrationKey(string Name, string Key)
{
    public const string DefaultName = "asivado-loadtest";

    public static IntegrationKey Generate() => new(DefaultName, Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32)));
}
