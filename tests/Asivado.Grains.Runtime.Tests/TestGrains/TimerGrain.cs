using Asivado.Grains.Runtime.Abstractions;
using Asivado.Grains.Runtime.Tests.Support;
using Asivado.Grains.Runtime.Timers;

namespace Asivado.Grains.Runtime.Tests.TestGrains;

public interface ITimerGrain : IGrainWithStringKey
{
    Task Start(TimeSpan dueTime, TimeSpan period, bool keepAlive, bool interleave);

    Task StopTimer();

    Task Hold(string tag);

    Task Deactivate();
}

/// <summary>Records "tick:{key}" per timer tick and "deactivated:{key}:{reason}".</summary>
public sealed class TimerGrain(Probe probe) : HoldingGrain(probe), ITimerGrain
{
    private IGrainTimer? _timer;

    public Task Start(TimeSpan dueTime, TimeSpan period, bool keepAlive, bool interleave)
    {
        _timer = RegisterGrainTimer(
            static (grain, _) => grain.Tick(),
            this,
            new GrainTimerCreationOptions(dueTime, period) { KeepAlive = keepAlive, Interleave = interleave });
        return Task.CompletedTask;
    }

    public Task StopTimer()
    {
        _timer?.Dispose();
        return Task.CompletedTask;
    }

    public Task Deactivate()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        Probe.Record($"deactivated:{GetPrimaryKeyString()}:{reason.Code}");
        return Task.CompletedTask;
    }

    private Task Tick()
    {
        Probe.Record($"tick:{GetPrimaryKeyString()}:{TimeProvider.GetUtcNow():HH:mm}");
        return Task.CompletedTask;
    }
}
