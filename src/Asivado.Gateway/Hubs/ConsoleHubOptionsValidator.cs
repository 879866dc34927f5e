using Microsoft.Extensions.Options;

namespace Asivado.Gateway.Hubs;

internal sealed class ConsoleHubOptionsValidator : IValidateOptions<ConsoleHubOptions>
{
    public ValidateOptionsResult Validate(string? name, ConsoleHubOptions options)
    {
        var errors = new List<string>();
        if (options.SubscriptionRenewalPeriod <= TimeSpan.Zero || options.SubscriptionRenewalPeriod >= TimeSpan.FromMinutes(5))
        {
            errors.Add("ConsoleHub:SubscriptionRenewalPeriod must be positive and under 5 minutes (the agent grain's subscription expiry).");
        }

        if (!(options.InvocationsPerSecond > 0))
        {
            errors.Add("ConsoleHub:InvocationsPerSecond must be positive.");
        }

        if (options.InvocationBurst < 1)
        {
            errors.Add("ConsoleHub:InvocationBurst must be at least 1.");
        }

        if (options.OutboxCapacity < 1)
        {
            errors.Add("ConsoleHub:OutboxCapacity must be at least 1.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
