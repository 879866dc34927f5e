using Asivado.Durability.Gateway;
using Asivado.LoadTest.Host;
using Asivado.LoadTest.Rates;

namespace Asivado.Intake.Benchmarks.Intake;

/// <summary>
/// POST /api/cases open loop at a fixed rate for a duration (each under a fresh idempotency key, departments in
/// round robin), with the
/// gateway's CPU and resident memory sampled once a second from procfs.
/// </summary>
internal sealed class IntakeStep(CaseApiClient api, int hostProcessId, int maxConcurrency, int departments)
{
    private static readonly TimeSpan SampleInterval = TimeSpan.FromSeconds(1);
    private long _nextIndex;

    public async Task<IntakeStepResult> RunAsync(double rate, TimeSpan duration, CancellationToken cancellationToken)
    {
        var observer = new IntakeObserver();
        var driver = new OpenLoopRateDriver(
            new RateDriverOptions { RatePerSecond = rate, Duration = duration, MaxConcurrency = maxConcurrency },
            TimeProvider.System);
        var sampler = new HostProcessSampler(hostProcessId, TimeProvider.System);
        using var stopSampling = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var sampling = SampleAsync(sampler, stopSampling.Token);
        var machineBefore = MachineCpu.Read();
        var watch = System.Diagnostics.Stopwatch.StartNew();

        await driver.RunAsync(OpenCaseAsync, observer, cancellationToken);

        var (machine, postgres) = MachineCpu.Between(machineBefore, MachineCpu.Read(), watch.Elapsed);
        await stopSampling.CancelAsync();
        var (cpu, resident) = await sampling;
        var succeeded = observer.Latency.TotalCount;
        return new IntakeStepResult(rate, duration, driver.Started, succeeded, observer.Errors, observer.Latency.Summarize(), observer.LastCompletedAt, cpu, resident, machine, postgres);
    }

    private async Task OpenCaseAsync(ScheduledOperation operation, CancellationToken cancellationToken)
    {
        var index = Interlocked.Increment(ref _nextIndex);
        var response = await api.OpenAsync(Guid.NewGuid().ToString(), CaseIntakeBodies.Question(index, OrganisationFile.DepartmentIdOf((int)(index % departments) + 1)), cancellationToken);
        if (!response.Created)
        {
            throw new IntakeStatusException(response.Status, response.Text);
        }
    }

    private static async Task<(double CpuPercent, long MaxResidentBytes)> SampleAsync(HostProcessSampler sampler, CancellationToken stop)
    {
        double cpuSum = 0;
        var samples = 0;
        long maxResident = 0;
        using var timer = new PeriodicTimer(SampleInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                var sample = sampler.Sample();
                cpuSum += sample.CpuPercent;
                samples++;
                maxResident = Math.Max(maxResident, sample.ResidentBytes);
            }
        }
        catch (OperationCanceledException)
        {
            // The step is over.
        }

        var last = sampler.Sample();
        return (samples == 0 ? last.CpuPercent : cpuSum / samples, Math.Max(maxResident, last.ResidentBytes));
    }
}
