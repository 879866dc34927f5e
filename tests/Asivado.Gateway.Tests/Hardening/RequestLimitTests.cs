using System.Net;
using Asivado.Gateway.Hardening;
using Asivado.Gateway.Tests.Api.Support;
using Asivado.Gateway.Tests.Hardening.Support;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Asivado.Gateway.Tests.Hardening;

public sealed class RequestLimitTests
{
    [Fact]
    public async Task A_body_over_one_megabyte_is_refused_with_413_problem_details()
    {
        await using var factory = new HardeningFactory();
        using var client = factory.CreateClientFor("integration-crm");
        var caseId = await client.OpenEmailCaseAsync();
        var before = await client.SnapshotAsync(caseId);
        var reason = new string('x', (int)RequestLimits.MaxRequestBodyBytes);

        var problem = await client.PostJsonAsync($"/api/cases/{caseId}/pause", new { reason }).ExpectProblemAsync(HttpStatusCode.RequestEntityTooLarge);

        Assert.Equal("Request body too large", problem["title"].Text());
        Assert.Equal(before, await client.SnapshotAsync(caseId));
    }

    [Fact]
    public async Task An_intake_body_keeps_its_own_64_kilobyte_limit()
    {
        await using var factory = new HardeningFactory();
        using var client = factory.CreateClientFor("integration-crm");
        var description = new string('x', 65 * 1024);

        await client.PostJsonAsync("/api/cases", new
        {
            channel = "Email", kind = "Question", departmentId = "billing", customer = new { name = "N", email = "n@example.com" }, subject = "s", description,
        }).ExpectProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Kestrel_is_configured_with_the_body_and_header_limits()
    {
        await using var factory = new HardeningFactory();
        using var client = factory.CreateClient();

        var limits = factory.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.Limits;

        Assert.Equal(1024 * 1024, limits.MaxRequestBodySize);
        Assert.Equal(32 * 1024, limits.MaxRequestHeadersTotalSize);
        Assert.Equal(64, limits.MaxRequestHeaderCount);
        Assert.Equal(8 * 1024, limits.MaxRequestLineSize);
    }
}
