using System.Text;

namespace Asivado.Orleans.PostgreSql.Tests.Support;

internal static class Json
{
    public static byte[] Bytes(string json) => Encoding.UTF8.GetBytes(json);

    public static string Text(byte[] json) => Encoding.UTF8.GetString(json);
}
