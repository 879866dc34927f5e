namespace Asivado.LoadTest.Launch;

/// <summary>What <c>run --launch</c> started: one gateway or a cluster of silos, stopped (and its database dropped) on dispose.</summary>
public interface ILaunchedHost : IAsyncDisposable
{
    /// <summary>The silos' base addresses, in silo order.</summary>
    IReadOnlyList<Uri> Targets { get; }

    IReadOnlyList<int> ProcessIds { get; }

    /// <summary>The scratch database's name, null on the embedded default.</summary>
    string? DatabaseName { get; }

    /// <summary>The last lines the host wrote, for failure messages.</summary>
    string Output { get; }

    /// <summary>Completes when a process of the host has exited.</summary>
    Task WaitForExitAsync(TimeProvider time, CancellationToken cancellationToken);
}
