namespace Asivado.LoadTest.Launch;

/// <summary>How <c>run --launch</c> starts the gateway: one process, or a cluster of <see cref="Silos"/> through scripts/cluster.sh.</summary>
public sealed record HostLaunchOptions
{
    public required HostDatabase Database { get; init; }

    /// <summary>Any database on the server, for <see cref="HostDatabase.PostgreSql"/>; the role needs CREATEDB.</summary>
    public string? ServerConnectionString { get; init; }

    public IReadOnlyList<HostSetting> Settings { get; init; } = [];

    /// <summary>The gateway's Npgsql Maximum Pool Size, a cluster's shared among its silos. Default 32 (the server's 100 connections are shared).</summary>
    public int MaxPoolSize { get; init; } = 32;

    /// <summary>Null: one gateway on localhost clustering. 1–<see cref="MaxSilos"/>: that many silos through scripts/cluster.sh (PostgreSQL membership).</summary>
    public int? Silos { get; init; }

    /// <summary>What scripts/cluster.sh starts at most.</summary>
    public const int MaxSilos = 9;

    /// <summary>How long the gateway may take to answer /readyz. Default 60 s.</summary>
    public TimeSpan ReadyTimeout { get; init; } = TimeSpan.FromSeconds(60);
}
