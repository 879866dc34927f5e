using Asivado.LoadTest.Rates;
using Asivado.LoadTest.Run;

namespace Asivado.LoadTest.Tests.Run;

public sealed class IntakeRecorderTests
{
    [Fact]
    public void Warm_up_outcomes_are_counted_but_only_later_latencies_are_measured_at_their_time_in_the_run()
    {
        var recorder = new IntakeRecorder(warmup: TimeSpan.FromSeconds(2), offset: TimeSpan.FromSeconds(10));

        recorder.OnCompleted(new ScheduledOperation(0, TimeSpan.FromSeconds(1)), TimeSpan.FromMilliseconds(5), TimeSpan.FromSeconds(1), null);
        recorder.OnCompleted(new ScheduledOperation(1, TimeSpan.FromSeconds(1.5)), TimeSpan.FromMilliseconds(5), TimeSpan.FromSeconds(1.5), new IntakeFailedException("HTTP 503"));
        recorder.OnCompleted(new ScheduledOperation(2, TimeSpan.FromSeconds(3)), TimeSpan.FromMilliseconds(7), TimeSpan.FromSeconds(3), null);
        recorder.OnCompleted(new ScheduledOperation(3, TimeSpan.FromSeconds(3)), TimeSpan.FromMilliseconds(9), TimeSpan.FromSeconds(3), new TimeoutException());

        Assert.Equal(4, recorder.Sent);
        Assert.Equal(2, recorder.Created);
        Assert.Equal(2, recorder.Failed);
        Assert.Equal(1, recorder.ErrorsByReason["HTTP 503"]);
        Assert.Equal(1, recorder.ErrorsByReason[nameof(TimeoutException)]);
        Assert.Equal(1, recorder.Latency.Overall.TotalCount);
        Assert.Equal(7_000, recorder.Latency.Overall.Max);
        Assert.Equal(1, recorder.Latency.Errors);
        var interval = Assert.Single(recorder.Latency.Complete(TimeSpan.FromSeconds(13)), interval => interval.Count > 0);
        Assert.Equal(13, interval.Index);
        Assert.Equal(2, interval.Count);
    }

    [Fact]
    public void A_shed_intake_is_counted_apart_from_errors_and_from_the_accepted_latency()
    {
        var recorder = new IntakeRecorder(warmup: TimeSpan.Zero);

        recorder.OnCompleted(new ScheduledOperation(0, TimeSpan.FromSeconds(1)), TimeSpan.FromMilliseconds(5), TimeSpan.FromSeconds(1), null);
        recorder.OnCompleted(new ScheduledOperation(1, TimeSpan.FromSeconds(1)), TimeSpan.FromMilliseconds(900), TimeSpan.FromSeconds(2), new IntakeShedException(503));

        Assert.Equal(2, recorder.Sent);
        Assert.Equal(1, recorder.Created);
        Assert.Equal(1, recorder.Shed);
        Assert.Equal(0, recorder.Failed);
        Assert.Empty(recorder.ErrorsByReason);
        Assert.Equal(1, recorder.Latency.Overall.TotalCount);
        Assert.Equal(5_000, recorder.Latency.Overall.Max);
    }
}
