using System.Security.Cryptography;
using System.Text;

namespace Asivado.Orleans.PostgreSql.Migrations;

/// <summary>One versioned SQL script. Its checksum is SHA-256 of the script with line endings normalised to LF.</summary>
internal sealed record SchemaMigration(int Version, string Name, string Sql)
{
    public string Checksum { get; } = ComputeChecksum(Sql);

    private static string ComputeChecksum(string sql)
    {
        var normalised = sql.ReplaceLineEndings("\n");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));
    }
}
