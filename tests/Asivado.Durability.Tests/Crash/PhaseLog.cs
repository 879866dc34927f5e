using System.Diagnostics;
using Xunit.Abstractions;

namespace Asivado.Durability.Tests.Crash;

/// <summary>Writes how long each phase of a real-time test took, so that a slow CI run shows where the time went.</summary>
internal sealed class PhaseLog(ITestOutputHelper output)
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private TimeSpan _last;

    public void Done(string phase)
    {
        var now = _watch.Elapsed;
        output.WriteLine($"{phase}: {(now - _last).TotalSeconds:0.0} s (at {now.TotalSeconds:0.0} s)");
        _last = now;
    }
}
