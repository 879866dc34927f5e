using Asivado.Grains.Runtime.Abstractions;
using Asivado.Grains.Runtime.Identity;
using Microsoft.Extensions.Logging;

namespace Asivado.Grains.Runtime.Diagnostics;

internal sealed partial class RuntimeLog
{
    [LoggerMessage(1, LogLevel.Error, "Activation of grain {GrainId} failed; waiting requests get the error.")]
    public partial void ActivationFailed(Exception exception, GrainId grainId);

    [LoggerMessage(2, LogLevel.Warning, "OnDeactivateAsync of grain {GrainId} failed; the activation is removed anyway.")]
    public partial void DeactivationFailed(Exception exception, GrainId grainId);

    [LoggerMessage(3, LogLevel.Debug, "Grain {GrainId} deactivated ({Reason}).")]
    public partial void Deactivated(GrainId grainId, DeactivationReasonCode reason);

    [LoggerMessage(4, LogLevel.Warning, "Call {Method} on grain {GrainId} timed out after {Timeout}.")]
    public partial void CallTimedOut(string method, GrainId grainId, TimeSpan timeout);

    [LoggerMessage(5, LogLevel.Debug, "Idle collection deactivated {Count} activations.")]
    public partial void CollectedIdle(int count);

    [LoggerMessage(6, LogLevel.Warning, "Timer callback of grain {GrainId} failed; the timer keeps running.")]
    public partial void TimerCallbackFailed(Exception exception, GrainId grainId);

    [LoggerMessage(7, LogLevel.Information, "Grain runtime started with {GrainClassCount} grain classes.")]
    public partial void Started(int grainClassCount);

    [LoggerMessage(8, LogLevel.Information, "Grain runtime stopped; all activations deactivated.")]
    public partial void Stopped();

    [LoggerMessage(9, LogLevel.Debug, "Observer {Observer} dropped after a failed notification.")]
    public partial void ObserverDropped(Exception exception, string observer);
}
