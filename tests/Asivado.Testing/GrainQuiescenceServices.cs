using Asivado.Orleans.Deadlines;
using Microsoft.Extensions.DependencyInjection;

namespace Asivado.Testing;

public static class GrainQuiescenceServices
{
    /// <summary>
    /// Registers a <see cref="GrainQuiescence"/> on the silo whose services these are (a host that runs the silo
    /// inside it, as the gateway does): as the incoming and the outgoing grain call filter, attached to these
    /// services, on the registered <see cref="TimeProvider"/>, waiting for the deadline service too when the silo has one.
    /// </summary>
    public static IServiceCollection AddGrainQuiescence(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(provider =>
        {
            var quiescence = new GrainQuiescence(provider.GetRequiredService<TimeProvider>());
            quiescence.Attach(provider);
            if (provider.GetService<DeadlineServiceProbe>() is { } deadlines)
            {
                quiescence.AddWork(() => deadlines.WhenIdleAsync());
            }

            return quiescence;
        });
        services.AddSingleton<IIncomingGrainCallFilter>(provider => provider.GetRequiredService<GrainQuiescence>());
        services.AddSingleton<IOutgoingGrainCallFilter>(provider => provider.GetRequiredService<GrainQuiescence>());
        return services;
    }
}
