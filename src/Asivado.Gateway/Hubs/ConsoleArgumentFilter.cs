using System.Globalization;
using Microsoft.AspNetCore.SignalR;

namespace Asivado.Gateway.Hubs;

/// <summary>
/// Refuses an invocation whose arguments did not bind (<see cref="ArgumentBindingFailure"/>) with a coded "invalid"
/// HubException naming the argument and the type it must have, before the method runs, so it changes nothing.
/// </summary>
internal sealed class ConsoleArgumentFilter : IHubFilter
{
    public ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var failure = invocationContext.HubMethodArguments.OfType<ArgumentBindingFailure>().FirstOrDefault();
        if (failure is null)
        {
            return next(invocationContext);
        }

        var parameters = invocationContext.HubMethod.GetParameters();
        if (failure.Index < 0 || failure.Index >= parameters.Length)
        {
            throw ConsoleHubErrors.Invalid("arguments", string.Create(
                CultureInfo.InvariantCulture,
                $"{invocationContext.HubMethodName} takes {parameters.Length} ({string.Join(", ", parameters.Select(p => p.Name))}), not {failure.Given}"));
        }

        var parameter = parameters[failure.Index];
        throw ConsoleHubErrors.Invalid(parameter.Name ?? "argument", ConsoleArguments.TypeRule(parameter.ParameterType));
    }
}
