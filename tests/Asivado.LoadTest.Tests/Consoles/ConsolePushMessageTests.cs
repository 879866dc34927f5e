using System.Text.Json;
using Asivado.LoadTest.Consoles;

namespace Asivado.LoadTest.Tests.Consoles;

public sealed class ConsolePushMessageTests
{
    [Fact]
    public void An_escalation_push_is_read_with_its_due_instants()
    {
        var push = Read("""{"sequence":3,"kind":"escalation","at":"2026-11-22T10:00:06Z","caseId":"c1","departmentId":"lt-1","targetId":"acknowledge","level":"Warning","percentOfBudget":50,"dueAt":"2026-11-22T10:00:10Z","stepDueAt":"2026-11-22T10:00:05Z","callId":null,"text":"…"}""");

        Assert.Equal(new ConsolePushMessage(3, "escalation", "c1", "acknowledge", "Warning", Instant(10), Instant(5)), push);
        Assert.True(push.IsEscalation);
        Assert.Equal(Instant(5), push.LatenessReference);
    }

    [Fact]
    public void Without_stepDueAt_a_breach_is_measured_from_dueAt_and_other_steps_not_at_all()
    {
        Assert.Equal(Instant(10), Read("""{"sequence":1,"kind":"escalation","caseId":"c1","level":"Breach","dueAt":"2026-11-22T10:00:10Z"}""").LatenessReference);
        Assert.Null(Read("""{"sequence":1,"kind":"escalation","caseId":"c1","level":"Warning","dueAt":"2026-11-22T10:00:10Z"}""").LatenessReference);
    }

    [Fact]
    public void A_latest_value_outside_the_feed_reads_with_sequence_zero()
    {
        Assert.Equal((0L, "presence-changed"), (Read("""{"sequence":0,"kind":"presence-changed","text":"Busy"}""") is var push ? (push.Sequence, push.Kind) : default));
    }

    [Theory]
    [InlineData("""{"kind":"escalation","caseId":"c1"}""")]
    [InlineData("""{"sequence":-1,"kind":"queue-changed"}""")]
    [InlineData("""{"sequence":1,"kind":"escalation"}""")]
    [InlineData("""[{"sequence":1,"kind":"queue-changed"}]""")]
    public void Malformed_pushes_are_refused(string push)
    {
        using var document = JsonDocument.Parse(push);

        Assert.False(ConsolePushMessage.TryRead(document.RootElement, out _));
    }

    private static ConsolePushMessage Read(string push)
    {
        using var document = JsonDocument.Parse(push);
        Assert.True(ConsolePushMessage.TryRead(document.RootElement, out var message));
        return message;
    }

    private static DateTimeOffset Instant(int second) => new(2026, 11, 22, 10, 0, second, TimeSpan.Zero);
}
