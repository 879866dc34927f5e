namespace Asivado.LoadTest.Launch;

/// <summary>Where the launched host keeps its state.</summary>
public enum HostDatabase
{
    /// <summary>A scratch database made on the server given by --postgres, dropped afterwards.</summary>
    PostgreSql,

    /// <summary>The embedded default: state and reminders in the host's memory.</summary>
    Embedded,
}
