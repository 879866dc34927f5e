using System.Net;
using Asivado.Gateway.Tests.Api.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Asivado.Gateway.Tests.Api.Problems;

public sealed class ErrorResponseTests
{
    [Fact]
    public async Task An_unhandled_exception_is_a_500_problem_without_exception_details()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddTransient<IStartupFilter, ThrowingEndpoint>())).CreateClient();

        var problem = await client.GetAsync(ThrowingEndpoint.Path).ExpectProblemAsync(HttpStatusCode.InternalServerError);

        Assert.Equal("An unexpected error occurred", problem["title"].Text());
        var text = problem.ToJsonString();
        Assert.DoesNotContain(ThrowingEndpoint.Secret, text, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", text, StringComparison.Ordinal);
        Assert.NotNull(problem["traceId"]);
    }

    [Fact]
    public async Task A_grain_call_that_timed_out_is_a_503_problem_that_invites_a_retry()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddTransient<IStartupFilter, ThrowingEndpoint>())).CreateClient();

        var problem = await client.GetAsync(ThrowingEndpoint.TimeoutPath).ExpectProblemAsync(HttpStatusCode.ServiceUnavailable);

        Assert.Equal("Service busy", problem["title"].Text());
        Assert.DoesNotContain(ThrowingEndpoint.Secret, problem.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_400_problem_naming_the_body()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();

        var errors = await client.PostRawAsync("/api/cases/C-260105-0000000000/pause", "{\"reason\": ").ExpectValidationProblemAsync("body");

        Assert.Equal("is not valid JSON", errors["body"]![0].Text());
    }

    [Fact]
    public async Task A_body_that_is_not_declared_as_json_is_unsupported()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        using var content = new StringContent("reason=x", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");

        await client.PostAsync("/api/cases/C-260105-0000000000/pause", content).ExpectProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task An_unknown_route_is_a_404_problem()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();

        await client.GetAsync("/api/nothing-here").ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    /// <summary>Adds, behind the gateway's own pipeline, an endpoint that throws with a message that must not leak.</summary>
    private sealed class ThrowingEndpoint : IStartupFilter
    {
        public const string Path = "/test/throws";
        public const string TimeoutPath = "/test/times-out";
        public const string Secret = "connection string with password=hunter2";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((context, nextMiddleware) => context.Request.Path.Value switch
            {
                Path => throw new InvalidOperationException(Secret),
                TimeoutPath => throw new TimeoutException(Secret),
                _ => nextMiddleware(context),
            });
        };
    }
}
