using Asivado.LoadTest.Host;

namespace Asivado.LoadTest.Tests.Host;

public sealed class ProcParserTests
{
    [Fact]
    public void Stat_reads_utime_and_stime_even_when_the_name_has_spaces_and_parentheses()
    {
        const string stat = "4242 (Asivado (Gateway) x) S 1 4242 4242 0 -1 4194560 91234 0 12 0 1523 377 0 0 20 0 23 0 98765 4123456789 51234 18446744073709551615 1 1 0 0 0 0 0 4096 17663 0 0 0 17 1 0 0 0 0 0";

        Assert.Equal(new ProcStat(1523, 377), ProcStat.Parse(stat));
    }

    [Fact]
    public void Stat_without_enough_fields_is_a_format_error()
    {
        var exception = Assert.Throws<FormatException>(() => ProcStat.Parse("1 (x) S 1 2"));

        Assert.Equal("/proc stat text has 3 fields after the command name; expected at least 13.", exception.Message);
    }

    [Fact]
    public void Status_reads_VmRSS_in_bytes()
    {
        const string status = "Name:\tAsivado.Gateway\nVmPeak:\t 3456789 kB\nVmRSS:\t  204800 kB\nRssAnon:\t  150000 kB\nThreads:\t23\n";

        Assert.Equal(204_800L * 1024, ProcStatus.ParseResidentBytes(status));
    }

    [Fact]
    public void Status_without_VmRSS_is_a_format_error()
    {
        Assert.Throws<FormatException>(() => ProcStatus.ParseResidentBytes("Name:\tkthreadd\nState:\tS\n"));
    }
}
