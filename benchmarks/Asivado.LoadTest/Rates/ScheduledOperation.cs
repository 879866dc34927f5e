namespace Asivado.LoadTest.Rates;

/// <summary>One operation of an open-loop run: its index and when it was meant to start (offset from the run's start).</summary>
public readonly record struct ScheduledOperation(long Index, TimeSpan IntendedOffset);
