namespace Asivado.LoadTest.Cli;

/// <summary>The tool's exit codes.</summary>
public static class ExitCodes
{
    public const int Passed = 0;

    /// <summary>Expectations failed: errors or lost escalations, never speed.</summary>
    public const int Failed = 1;

    /// <summary>A bad scenario or option; the message names the field.</summary>
    public const int BadInput = 2;

    /// <summary>The host could not be reached or started.</summary>
    public const int HostUnreachable = 3;
}
