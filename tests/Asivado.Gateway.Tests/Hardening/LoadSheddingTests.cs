using System.Net;
using System.Text;
using System.Text.Json;
using Asivado.Gateway.Authentication;
using Asivado.Gateway.Hardening;
using Asivado.Gateway.Tests.Api.Support;
using Asivado.Gateway.Tests.Hardening.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Asivado.Gateway.Tests.Hardening;

/// <summary>
/// One request in flight at most: an intake whose body has not finished arriving holds the only place, so the next
/// request must be refused at once, whatever the machine's speed.
/// </summary>
public sealed class LoadSheddingTests
{
    private static HardeningFactory OneInFlight() => new HardeningFactory().WithSetting("Overload:MaxRequestsInFlight", "1");

    [Fact]
    public async Task A_request_beyond_the_limit_is_refused_at_once_with_503_and_changes_nothing()
    {
        await using var factory = OneInFlight();
        using var client = StreamingClient(factory);
        var held = new HeldBody(JsonSerializer.Serialize(Intakes.Email(subject: "held")));
        var first = client.PostAsync("/api/cases", held);
        await WhenInFlightAsync(factory, 1);

        using var refused = await client.PostJsonAsync("/api/cases", Intakes.Email(subject: "refused"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal("1", refused.Headers.GetValues("Retry-After").Single());
        var problem = await refused.ReadJsonAsync();
        Assert.Equal(503, problem["status"]!.GetValue<int>());
        Assert.Equal("Overloaded", problem["title"].Text());

        held.Release();
        using var accepted = await first;
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        var queue = await client.GetJsonAsync("/api/departments/billing/queue");
        var subjects = queue["entries"]!.AsArray().Select(c => c!["subject"].Text()).ToList();
        Assert.Equal(["held"], subjects);
    }

    [Fact]
    public async Task Readiness_is_unhealthy_while_shedding_and_recovers_after_the_saturation_window()
    {
        await using var factory = OneInFlight();
        using var client = StreamingClient(factory);
        using var probe = factory.CreateClient();
        var held = new HeldBody(JsonSerializer.Serialize(Intakes.Email()));
        var first = client.PostAsync("/api/cases", held);
        await WhenInFlightAsync(factory, 1);
        (await client.PostJsonAsync("/api/cases", Intakes.Email())).Dispose();

        using var whileShedding = await probe.GetAsync("/readyz");
        using var alive = await probe.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, whileShedding.StatusCode);
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);

        held.Release();
        (await first).Dispose();
        factory.Time.Advance(TimeSpan.FromSeconds(4));
        using var stillSaturated = await probe.GetAsync("/readyz");
        factory.Time.Advance(TimeSpan.FromSeconds(1));
        using var recovered = await probe.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, stillSaturated.StatusCode);
        Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
        await client.PostJsonAsync("/api/cases", Intakes.Email()).ExpectAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Requests_outside_the_api_are_not_counted()
    {
        await using var factory = OneInFlight();
        using var client = StreamingClient(factory);
        var held = new HeldBody(JsonSerializer.Serialize(Intakes.Email()));
        var first = client.PostAsync("/api/cases", held);
        await WhenInFlightAsync(factory, 1);

        using var page = await client.GetAsync("/console/");
        using var ready = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        held.Release();
        (await first).Dispose();
    }

    /// <summary>Without the factory's redirect handler, which buffers a request body before sending it.</summary>
    private static HttpClient StreamingClient(HardeningFactory factory)
    {
        var token = factory.Services.GetRequiredService<TokenService>().Issue("integration-crm", "integration-crm", GatewayRoles.Admin, departmentId: null);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.AccessToken);
        return client;
    }

    /// <summary>Waits for the state the test needs (the held request counted in), not for time.</summary>
    private static Task WhenInFlightAsync(HardeningFactory factory, int count)
    {
        var inFlight = factory.Services.GetRequiredService<RequestsInFlight>();
        return Task.Run(() => Assert.True(SpinWait.SpinUntil(() => inFlight.Count == count, TimeSpan.FromMinutes(1)), "The held request never reached the gateway."));
    }

    /// <summary>A JSON body sent in two parts: the second only once the test releases it, so the request stays in flight until then.</summary>
    private sealed class HeldBody : HttpContent
    {
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly byte[] _bytes;

        public HeldBody(string json)
        {
            _bytes = Encoding.UTF8.GetBytes(json);
            Headers.ContentType = new("application/json");
        }

        public void Release() => _released.TrySetResult();

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(_bytes.AsMemory(0, 1));
            await stream.FlushAsync();
            await _released.Task;
            await stream.WriteAsync(_bytes.AsMemory(1));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
