using System.Net;
using System.Text.Json.Nodes;

namespace Asivado.Gateway.Tests.Api.Support;

/// <summary>Short ways to open a case and apply actions to it through the API.</summary>
public static class CaseSteps
{
    public static async Task<string> OpenEmailCaseAsync(this HttpClient client, string departmentId = "billing") =>
        (await client.PostJsonAsync("/api/cases", Intakes.Email(departmentId)).ExpectAsync(HttpStatusCode.Created))["id"].Text();

    public static Task<JsonNode> ActAsync(this HttpClient client, string caseId, string action, object body) =>
        client.PostJsonAsync($"/api/cases/{caseId}/{action}", body).ExpectAsync(HttpStatusCode.OK);

    public static async Task<(long Version, int History)> SnapshotAsync(this HttpClient client, string caseId)
    {
        var view = await client.GetJsonAsync($"/api/cases/{caseId}");
        var history = await client.GetJsonAsync($"/api/cases/{caseId}/history");
        return (view["version"]!.GetValue<long>(), history.AsArray().Count);
    }

    public static JsonNode Deadline(this JsonNode view, string targetId) =>
        view["deadlines"]!.AsArray().Single(d => d!["targetId"].Text() == targetId)!;
}
