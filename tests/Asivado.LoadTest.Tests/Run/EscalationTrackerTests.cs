using System.Text.Json;
using Asivado.LoadTest.Run;
using Microsoft.Extensions.Time.Testing;

namespace Asivado.LoadTest.Tests.Run;

public sealed class EscalationTrackerTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Escalation_lateness_is_arrival_minus_due_and_sequence_gaps_are_counted()
    {
        var time = new FakeTimeProvider(Start.AddSeconds(10));
        var tracker = new EscalationTracker(time, Start);
        var console = tracker.ForConsole();

        console(Arguments("""{"sequence":1,"kind":"escalation","caseId":"c1","dueAt":"2026-11-22T10:00:09.75Z","level":"1"}"""));
        console(Arguments("""{"sequence":2,"kind":"state","caseId":"c1"}"""));
        console(Arguments("""{"sequence":5,"kind":"escalation","caseId":"c2","dueAt":"2026-11-22T10:00:10Z"}"""));
        console(Arguments("""{"kind":"escalation"}"""));

        Assert.Equal(2, tracker.Received);
        Assert.Equal(2, tracker.SequenceGaps);
        Assert.Equal(1, tracker.Malformed);
        Assert.Equal(2, tracker.CasesEscalated);
        Assert.True(tracker.WasEscalated("c2"));
        Assert.Equal(250_000, tracker.Lateness.Overall.Max);
        Assert.Equal(0, tracker.Lateness.Overall.Min);
    }

    private static JsonElement Arguments(string push) => JsonDocument.Parse($"[{push}]").RootElement;
}
