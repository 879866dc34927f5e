using Asivado.LoadTest.Database;

namespace Asivado.LoadTest.Tests.Database;

public sealed class BackendCpuMeterTests : IDisposable
{
    private readonly string _procRoot = Directory.CreateTempSubdirectory("proc-").FullName;

    [Fact]
    public void Backends_count_their_cpu_since_the_previous_reading_and_a_new_one_all_of_it()
    {
        WriteProcess(101, "postgres", utime: 10, stime: 5);
        WriteProcess(102, "postgres", utime: 20, stime: 0);
        var meter = new BackendCpuMeter(_procRoot);
        Assert.Equal(35, meter.Advance([101, 102]));

        WriteProcess(101, "postgres", utime: 30, stime: 5);
        WriteProcess(103, "postgres", utime: 7, stime: 1);
        Assert.Equal(20 + 8, meter.Advance([101, 103]));
        Assert.True(meter.SeesServer);
    }

    [Fact]
    public void Pids_that_are_not_postgres_or_not_here_are_not_counted()
    {
        WriteProcess(201, "dotnet", utime: 500, stime: 0);
        var meter = new BackendCpuMeter(_procRoot);

        Assert.Equal(0, meter.Advance([201, 202]));
        Assert.False(meter.SeesServer);
    }

    [Fact]
    public void Server_ticks_add_up_every_postgres_process()
    {
        WriteProcess(301, "postgres", utime: 3, stime: 4);
        WriteProcess(302, "postgres", utime: 10, stime: 0);
        WriteProcess(303, "bash", utime: 99, stime: 0);

        Assert.Equal(17, BackendCpuMeter.ServerTicks(_procRoot));
    }

    public void Dispose() => Directory.Delete(_procRoot, recursive: true);

    private void WriteProcess(int pid, string name, long utime, long stime)
    {
        var directory = Directory.CreateDirectory(Path.Combine(_procRoot, pid.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        File.WriteAllText(Path.Combine(directory.FullName, "stat"), $"{pid} ({name}) S 1 1 1 0 -1 4194560 100 0 0 0 {utime} {stime} 0 0 20 0 1 0 100 1000 10 18446744073709551615");
    }
}
