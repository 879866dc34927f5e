namespace Asivado.LoadTest.Rates;

/// <summary>Told about every finished operation. Called concurrently from many operations.</summary>
public interface IOperationObserver
{
    /// <param name="latency">From the intended start (not the actual one) to completion, so a stalled target cannot hide its stall.</param>
    /// <param name="completedAt">Offset from the run's start at which the operation finished.</param>
    /// <param name="error">Null when the operation succeeded.</param>
    void OnCompleted(ScheduledOperation operation, TimeSpan latency, TimeSpan completedAt, Exception? error);
}
