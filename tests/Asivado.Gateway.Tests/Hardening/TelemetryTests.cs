using System.Diagnostics.Metrics;
using System.Net;
using Asivado.Gateway.Hardening;
using Asivado.Gateway.Tests.Api.Support;
using Asivado.Gateway.Tests.Hardening.Support;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;

namespace Asivado.Gateway.Tests.Hardening;

public sealed class TelemetryTests
{
    [Fact]
    public async Task Without_an_otlp_endpoint_the_meter_provider_still_serves_the_prometheus_scrape()
    {
        await using var factory = new HardeningFactory().WithSetting(GatewayTelemetry.StandardEndpointKey, "");
        using var client = factory.CreateClient();

        Assert.NotNull(factory.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task With_an_otlp_endpoint_the_meter_provider_is_registered()
    {
        await using var factory = new HardeningFactory().WithSetting(GatewayTelemetry.EndpointKey, "http://127.0.0.1:4317");
        using var client = factory.CreateClient();

        Assert.NotNull(factory.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task Intakes_are_counted_by_status_code()
    {
        await using var factory = new HardeningFactory();
        using var client = factory.CreateClientFor("integration-crm");
        var counted = new List<(long Value, int Status)>();
        using var listener = new MeterListener();
        var meterFactory = factory.Services.GetRequiredService<IMeterFactory>();
        listener.InstrumentPublished = (instrument, l) =>
        {
            // Only this host's meter: hosts of tests running in parallel have their own.
            if (ReferenceEquals(instrument.Meter.Scope, meterFactory) && instrument.Meter.Name == GatewayMetrics.MeterName && instrument.Name == "asivado.gateway.intakes")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            lock (counted)
            {
                counted.Add((value, (int)tags.ToArray().Single(tag => tag.Key == "http.response.status_code").Value!));
            }
        });
        listener.Start();

        await client.OpenEmailCaseAsync();
        await client.PostRawAsync("/api/cases", "{").ExpectAsync(HttpStatusCode.BadRequest);
        using var health = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        lock (counted)
        {
            Assert.Equal([(1L, 201), (1L, 400)], counted);
        }

        GC.KeepAlive(meterFactory);
    }
}
