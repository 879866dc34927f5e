using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Asivado.Gateway.Hardening;

/// <summary>The gateway's instruments on the meter <see cref="MeterName"/>: intakes answered and how long they took, requests shed.</summary>
public sealed class GatewayMetrics
{
    public const string MeterName = "Asivado.Gateway";

    private readonly Counter<long> _intakes;
    private readonly Histogram<double> _intakeDuration;
    private readonly Counter<long> _shed;

    public GatewayMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _intakes = meter.CreateCounter<long>("asivado.gateway.intakes", "{request}", "Intake requests (cases and voicemails) answered, by status code.");
        _intakeDuration = meter.CreateHistogram<double>("asivado.gateway.intake.duration", "ms", "Time to answer an intake request.");
        _shed = meter.CreateCounter<long>("asivado.gateway.requests.shed", "{request}", "API requests refused with 503 because the gateway was at its limit of requests in flight.");
    }

    internal void RecordShed() => _shed.Add(1);

    internal void RecordIntake(int statusCode, long startTimestamp)
    {
        var status = new KeyValuePair<string, object?>("http.response.status_code", statusCode);
        _intakes.Add(1, status);
        if (_intakeDuration.Enabled)
        {
            _intakeDuration.Record(Stopwatch.GetElapsedTime(startTimestamp).TotalMilliseconds, status);
        }
    }
}
