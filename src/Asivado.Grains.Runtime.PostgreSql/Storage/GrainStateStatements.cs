namespace Asivado.Grains.Runtime.PostgreSql.Storage;

/// <summary>The grain state SQL that does not go through the batchers (the version read after a conflict).</summary>
internal sealed class GrainStateStatements(string schema)
{
    public string ReadVersion { get; } =
        $"SELECT version FROM \"{schema}\".grain_state WHERE grain_type = @grain_type AND grain_key = @grain_key AND state_name = @state_name";
}
