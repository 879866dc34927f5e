using Asivado.LoadTest.Host;

namespace Asivado.LoadTest.Tests.Host;

public sealed class MachineCpuMeterTests
{
    [Fact]
    public void Busy_share_of_the_ticks_between_two_readings_in_percent_of_one_core()
    {
        var meter = new MachineCpuMeter();

        Assert.Equal(0, meter.Advance("cpu  100 0 100 700 100 0 0 0 0 0"));
        var busy = meter.Advance("cpu  250 0 150 800 100 0 0 0 0 0");

        // 300 ticks passed, 200 of them busy (user 150 + system 50), idle 100.
        Assert.Equal(200.0 / 300 * Environment.ProcessorCount * 100, busy, precision: 6);
    }

    [Fact]
    public void A_broken_line_is_a_format_error()
    {
        Assert.Throws<FormatException>(() => new MachineCpuMeter().Advance("cpu  1 2"));
    }

    [Fact]
    public void The_machine_can_be_sampled()
    {
        var meter = new MachineCpuMeter();
        meter.Sample();

        Assert.InRange(meter.Sample(), 0, Environment.ProcessorCount * 100.0 + 1);
    }
}
