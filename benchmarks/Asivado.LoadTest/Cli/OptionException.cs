namespace Asivado.LoadTest.Cli;

/// <summary>A bad option or combination of options; the message starts with the option (exit code 2).</summary>
public sealed class OptionException(string message) : Exception(message);
