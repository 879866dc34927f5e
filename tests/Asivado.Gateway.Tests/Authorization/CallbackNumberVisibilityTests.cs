using System.Net;
using System.Text.Json.Nodes;
using Asivado.Gateway.Tests.Api.Support;

namespace Asivado.Gateway.Tests.Authorization;

/// <summary>
/// A transfer's callbackNumber reaches whoever may see the caller's number (the agent on the call, the leads and
/// manager of the call's department, admins) and the people the call was transferred to, who must be able to call
/// back: the agent it went to and the department it went to. Never an integration, never an agent who does not work
/// the call; and where the view says contactRedacted, no number is left in it.
/// </summary>
public sealed class CallbackNumberVisibilityTests(AccessGateway gateway) : IClassFixture<AccessGateway>
{
    private const string CallerNumber = "+44 20 7946 0000";
    private const string CallbackNumber = "+44 20 7946 0999";

    [Theory]
    [InlineData("carl", false, true)]
    [InlineData("sam", true, true)]
    [InlineData("maria", true, true)]
    [InlineData("admin", true, true)]
    public async Task A_call_transferred_to_a_department_shows_the_callback_number_to_that_department(string caller, bool callerNumber, bool callback)
    {
        var callId = await TransferredCallAsync(new { toDepartmentId = "support", callbackNumber = CallbackNumber });
        using var client = gateway.Api.ClientFor(caller);

        var view = await client.GetAsync($"/api/calls/{callId}").ExpectAsync(HttpStatusCode.OK);

        AssertNumbers(view, callerNumber, callback);
    }

    [Theory]
    [InlineData("alice", false, false)]
    [InlineData("bob", true, true)]
    [InlineData("lena", true, true)]
    public async Task A_call_transferred_to_a_colleague_shows_the_callback_number_to_the_colleague_and_not_to_the_agent_who_let_it_go(string caller, bool callerNumber, bool callback)
    {
        var callId = await TransferredCallAsync(new { toAgentId = "bob", callbackNumber = CallbackNumber });
        using var client = gateway.Api.ClientFor(caller);

        var view = await client.GetAsync($"/api/calls/{callId}").ExpectAsync(HttpStatusCode.OK);

        AssertNumbers(view, callerNumber, callback);
    }

    [Fact]
    public async Task The_integration_gets_no_number_back_from_the_transfer_it_reports()
    {
        var callId = $"cb-{Guid.NewGuid():N}";
        using var integration = gateway.Api.ClientFor("integration");
        await integration.PostJsonAsync($"/api/calls/{callId}/offered", new { departmentId = "billing", callerNumber = CallerNumber }).ExpectAsync(HttpStatusCode.OK);
        await integration.PostJsonAsync($"/api/calls/{callId}/answered", new { agentId = "alice" }).ExpectAsync(HttpStatusCode.OK);

        var transferred = await integration.PostJsonAsync($"/api/calls/{callId}/transferred", new { toDepartmentId = "support", callbackNumber = CallbackNumber }).ExpectAsync(HttpStatusCode.OK);

        AssertNumbers(transferred, callerNumber: false, callback: false);
        var stored = await gateway.GetAsAdminAsync($"/api/calls/{callId}");
        Assert.Equal(CallbackNumber, stored["transfers"]![0]!["callbackNumber"].Text());
    }

    private async Task<string> TransferredCallAsync(object transfer)
    {
        var callId = $"cb-{Guid.NewGuid():N}";
        await gateway.Admin.PostJsonAsync($"/api/calls/{callId}/offered", new { departmentId = "billing", callerNumber = CallerNumber }).ExpectAsync(HttpStatusCode.OK);
        await gateway.Admin.PostJsonAsync($"/api/calls/{callId}/answered", new { agentId = "alice" }).ExpectAsync(HttpStatusCode.OK);
        await gateway.Admin.PostJsonAsync($"/api/calls/{callId}/transferred", transfer).ExpectAsync(HttpStatusCode.OK);
        return callId;
    }

    private static void AssertNumbers(JsonNode view, bool callerNumber, bool callback)
    {
        Assert.Equal(callerNumber ? CallerNumber : null, view["callerNumber"]?.GetValue<string>());
        Assert.Equal(callback ? CallbackNumber : null, view["transfers"]![0]!["callbackNumber"]?.GetValue<string>());
        Assert.Equal(callerNumber && callback ? null : true, view["contactRedacted"]?.GetValue<bool>());
    }
}
