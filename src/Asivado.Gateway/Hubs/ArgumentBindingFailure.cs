namespace Asivado.Gateway.Hubs;

/// <summary>
/// Stands in for every argument of an invocation whose arguments did not bind (<see cref="CodedArgumentsJsonProtocol"/>),
/// so that <see cref="ConsoleArgumentFilter"/> refuses it with a coded "invalid" error before the method runs.
/// </summary>
/// <param name="Index">The first argument of the wrong type; -1 when the number of arguments is wrong.</param>
/// <param name="Given">How many arguments the console sent.</param>
internal sealed record ArgumentBindingFailure(int Index, int Given);
