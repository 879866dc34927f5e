namespace Asivado.LoadTest.Reports;

/// <summary>Agent consoles: asked for, connected, failed to connect, and dropped during the run.</summary>
public sealed record ConsoleResults(int Requested, int Connected, int Failed, int Disconnected);
