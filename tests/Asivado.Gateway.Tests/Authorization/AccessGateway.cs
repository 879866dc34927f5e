using System.Net;
using System.Text.Json.Nodes;
using Asivado.Gateway.Tests.Api.Support;

namespace Asivado.Gateway.Tests.Authorization;

/// <summary>One gateway for a test class, with an admin client to set cases up and to check that refusals changed nothing.</summary>
public sealed class AccessGateway : IAsyncLifetime
{
    public GatewayApiFactory Api { get; } = Callers.CreateGateway();

    public HttpClient Admin { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Admin = Api.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        Admin.Dispose();
        await Api.DisposeAsync();
    }

    /// <summary>Opens an e-mail case in the department, assigned to <paramref name="assigneeId"/> when given.</summary>
    public async Task<string> OpenCaseAsync(string departmentId, string? assigneeId = null)
    {
        var id = await Admin.OpenEmailCaseAsync(departmentId);
        if (assigneeId is not null)
        {
            await Admin.ActAsync(id, "assign", new { agentId = assigneeId });
        }

        return id;
    }

    /// <summary>The case as the admin sees it: its version, history length and assignee.</summary>
    public async Task<(long Version, int History, string? AssigneeId)> SnapshotAsync(string caseId)
    {
        var (version, history) = await Admin.SnapshotAsync(caseId);
        var view = await Admin.GetJsonAsync($"/api/cases/{caseId}");
        return (version, history, view["assigneeId"]?.GetValue<string>());
    }

    public async Task<JsonNode> GetAsAdminAsync(string path) => await Admin.GetAsync(path).ExpectAsync(HttpStatusCode.OK);
}
