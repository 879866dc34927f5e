namespace Asivado.Simulate;

/// <summary>An input the simulator cannot run: names the file's field (or the command-line option) and what is allowed.</summary>
public sealed class SimulationInputException(string field, string detail) : Exception($"{field}: {detail}")
{
    public string Field { get; } = field;
}
