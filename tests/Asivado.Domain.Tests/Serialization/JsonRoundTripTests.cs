using System.Text.Json;
using Asivado.Domain.Acknowledgements;
using Asivado.Domain.Calendars;
using Asivado.Domain.Cases;
using Asivado.Domain.Deadlines;
using Asivado.Domain.Serialization;
using Asivado.Domain.Tests.Deadlines;
using NodaTime;

namespace Asivado.Domain.Tests.Serialization;

public sealed class JsonRoundTripTests
{
    private static string RoundTrip<T>(T value)
    {
        var json = JsonSerializer.Serialize(value, DomainJson.Options);
        var back = JsonSerializer.Deserialize<T>(json, DomainJson.Options);
        Assert.Equal(json, JsonSerializer.Serialize(back, DomainJson.Options));
        return json;
    }

    [Fact]
    public void Deadline_clock_with_pauses_extensions_and_bases_round_trips()
    {
        var f = new DeadlineFixture();
        var clock = f.Clock("respond", "2025-02-11 10:00");
        clock = f.Calculator.Pause(clock, f.Office.At("2025-02-12 10:00"), "waiting");
        clock = f.Calculator.Resume(clock, f.Office.At("2025-02-13 10:00"));
        clock = f.Calculator.Recalculate(clock, f.Office.At("2025-02-13 11:00"), DeadlineFixture.Standard, DeadlineFixture.V2);
        clock = f.Calculator.Extend(clock, f.Office.At("2025-03-07 17:00"), f.Office.At("2025-02-14 10:00"), "site visit", new CustomerNotice(f.Office.At("2025-02-14 09:45"), ContactMethod.Phone, "agent-7"));

        var json = RoundTrip(clock);
        var back = JsonSerializer.Deserialize<DeadlineClock>(json, DomainJson.Options)!;

        Assert.Contains("\"startedAt\":\"2025-02-11T10:00:00Z\"", json, StringComparison.Ordinal);
        Assert.Contains("\"method\":\"Phone\"", json, StringComparison.Ordinal);
        Assert.Equal(f.Calculator.DueAt(clock), f.Calculator.DueAt(back));
        Assert.Equal(clock.Bases.ToArray(), back.Bases.ToArray());
        Assert.Equal(clock.Pauses.ToArray(), back.Pauses.ToArray());
    }

    [Fact]
    public void Case_state_round_trips()
    {
        var state = CaseLifecycle.Receive("C-1", Channel.PostalMail, CaseKind.RequestForService, Instant.FromUtc(2025, 2, 11, 10, 0, 30).PlusNanoseconds(1234));
        state = CaseLifecycle.Apply(state, new AcknowledgeCase(state.ReceivedAt, ContactMethod.Post)).State!;
        state = CaseLifecycle.Apply(state, new AssignCase(state.ReceivedAt, "agent-1")).State!;
        state = CaseLifecycle.Apply(state, new DeclineCase(state.ReceivedAt, ["not ours"])).State!;

        var json = RoundTrip(state);
        var back = JsonSerializer.Deserialize<CaseState>(json, DomainJson.Options)!;

        Assert.Equal(state with { Outcome = null }, back with { Outcome = null });
        Assert.Equal(state.Outcome!.DeclineReasons.ToArray(), back.Outcome!.DeclineReasons.ToArray());
    }

    [Fact]
    public void Calendar_definition_deadline_and_explanation_serialise()
    {
        var f = new DeadlineFixture();
        var clock = f.Clock("acknowledge", "2025-12-24 16:00");

        var definitionJson = RoundTrip(TestCalendars.Office() with { BusinessDayLength = Duration.FromHours(7.5) });
        RoundTrip(f.Calculator.Compute(clock));
        var explanationJson = JsonSerializer.Serialize(f.Calculator.Explain(clock), DomainJson.Options);

        Assert.Contains("\"closedFrom\":\"13:00:00\"", definitionJson, StringComparison.Ordinal);
        Assert.Contains("\"businessDayLength\":\"0:07:30:00\"", definitionJson, StringComparison.Ordinal);
        Assert.Contains("\"day\":\"Monday\"", definitionJson, StringComparison.Ordinal);
        Assert.Contains("\"reason\":\"Holiday\"", explanationJson, StringComparison.Ordinal);
        Assert.Contains("\"policy\":{\"policyId\":\"asivado-customer-service\",\"revision\":1}", explanationJson, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_instant_is_a_clear_error()
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PausePeriod>("""{"start":"yesterday","end":null,"reason":"x"}""", DomainJson.Options));

        Assert.Equal("must be an ISO-8601 instant with Z or an offset, like \"2026-01-05T09:30:00Z\" or \"2026-01-05T15:00:00+05:30\"", error.Message);
    }

    [Theory]
    [InlineData("\"2026-12-01T10:00:00+05:30\"", "2026-12-01T04:30:00Z")]
    [InlineData("\"2026-12-01T10:00:00-08:00\"", "2026-12-01T18:00:00Z")]
    [InlineData("\"2026-12-01T10:00:00.125+00:00\"", "2026-12-01T10:00:00.125Z")]
    [InlineData("\"2026-12-01T10:00:00Z\"", "2026-12-01T10:00:00Z")]
    public void Instants_are_read_with_z_or_an_offset_and_written_in_utc(string json, string utc)
    {
        var instant = JsonSerializer.Deserialize<Instant>(json, DomainJson.Options);

        Assert.Equal($"\"{utc}\"", JsonSerializer.Serialize(instant, DomainJson.Options));
    }

    [Theory]
    [InlineData("{\"start\":\"2025-02-11T10:00:00Z\",\"end\":\"2025-02-11\",\"reason\":\"x\"}", "instant")]
    [InlineData("\"7 days\"", "duration")]
    public void Other_malformed_values_say_what_they_must_look_like(string json, string what)
    {
        var error = what == "duration"
            ? Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Duration>(json, DomainJson.Options))
            : Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PausePeriod>(json, DomainJson.Options));

        Assert.StartsWith($"must be a{(what == "instant" ? "n ISO-8601" : "")} {what}", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("NodaTime", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_times_and_durations_keep_their_stored_shape()
    {
        var json = JsonSerializer.Serialize(new { d = new LocalDate(2025, 1, 14), t = new LocalTime(9, 30), l = Duration.FromHours(31), s = Duration.FromMilliseconds(1500) }, DomainJson.Options);

        Assert.Equal("""{"d":"2025-01-14","t":"09:30:00","l":"1:07:00:00","s":"0:00:00:01.5"}""", json);
        Assert.Equal(Duration.FromHours(31), JsonSerializer.Deserialize<Duration>("\"1:07:00:00\"", DomainJson.Options));
        Assert.Equal(new LocalDate(2025, 1, 14), JsonSerializer.Deserialize<LocalDate>("\"2025-01-14\"", DomainJson.Options));
    }
}
