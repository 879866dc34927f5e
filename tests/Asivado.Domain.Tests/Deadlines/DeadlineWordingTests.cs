using Asivado.Domain.Acknowledgements;
using Asivado.Domain.Deadlines;
using NodaTime;

namespace Asivado.Domain.Tests.Deadlines;

public sealed class DeadlineWordingTests
{
    private readonly DeadlineFixture _f = new();

    [Fact]
    public void A_business_day_target_over_christmas_names_the_holidays_the_weekend_and_the_closed_hours()
    {
        var clock = _f.Clock("acknowledge", "2025-12-24 16:00");

        var words = DeadlineWording.Describe(_f.Calculator.Explain(clock), _f.Office.Zone);

        Assert.Equal(
            "1 business day of 7 h (business time, Europe/London); counted from Wed 24 Dec 2025 16:00 GMT; "
            + "skipped: Thu 25 Dec Christmas Day (holiday), Fri 26 Dec Boxing Day (holiday), weekend, hours outside opening times; "
            + "due Mon 29 Dec 2025 16:00 GMT",
            words);
    }

    [Fact]
    public void A_contact_outside_hours_with_a_pause_and_an_extension_says_so()
    {
        var clock = _f.Clock("reply-written", "2025-02-15 10:00", DeadlineFixture.Ancs);
        clock = _f.Calculator.Pause(clock, _f.Office.At("2025-02-17 10:00"), "asked for the order number");
        clock = _f.Calculator.Resume(clock, _f.Office.At("2025-02-17 14:00"));
        clock = _f.Calculator.Extend(
            clock, _f.Office.At("2025-02-18 10:00"), _f.Office.At("2025-02-17 14:30"), "warehouse closed",
            new CustomerNotice(_f.Office.At("2025-02-17 14:20"), ContactMethod.Email, "Ada"));

        var words = DeadlineWording.Describe(_f.Calculator.Explain(clock), _f.Office.Zone);

        Assert.Equal(
            "2 h + 3 h by extension (business time, Europe/London); counted from Mon 17 Feb 2025 09:00 GMT; "
            + "skipped: weekend, hours outside opening times; paused 4 h (asked for the order number); "
            + "extended to Tue 18 Feb 2025 10:00 GMT (warehouse closed; customer told by Email at Mon 17 Feb 2025 14:20 GMT); "
            + "due Tue 18 Feb 2025 10:00 GMT",
            words);
    }

    [Fact]
    public void A_ringing_call_counts_rings_on_the_wall_clock()
    {
        var clock = _f.Clock("answer-call", "2025-02-17 10:00", DeadlineFixture.Ancs);

        var words = DeadlineWording.Describe(_f.Calculator.Explain(clock), _f.Office.Zone);

        Assert.Equal("3 rings of 18 s (wall clock); due Mon 17 Feb 2025 10:00 GMT", words);
    }

    [Theory]
    [InlineData(0, "0 s")]
    [InlineData(90, "1 min 30 s")]
    [InlineData(27_000, "7 h 30 min")]
    [InlineData(144_000, "40 h")]
    public void Lengths_use_the_units_that_are_not_zero(int seconds, string expected) =>
        Assert.Equal(expected, DeadlineWording.Length(Duration.FromSeconds(seconds)));
}
