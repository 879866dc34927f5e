using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Asivado.Gateway.Tests.Api.Support;
using CsCheck;

namespace Asivado.Gateway.Tests.Api.Validation;

/// <summary>
/// Every operation of the OpenAPI document that takes a body, sent bodies built from its schema with hostile values
/// (instants at the calendar's ends, enum combinations and numbers, control characters, unpaired surrogates, wrong
/// types, duplicate and unknown keys, broken JSON): the answer is never 5xx, and a refused request changes nothing
/// the caller can read.
/// </summary>
public sealed class RequestBodyPropertyTests
{
    private const int Iterations = 200;

    [Fact]
    public async Task No_body_is_answered_with_5xx_and_a_refused_one_changes_nothing()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        var caseId = await client.OpenEmailCaseAsync();
        await client.PostJsonAsync("/api/calls/call-1/offered", new { departmentId = "billing", callerNumber = "+44 20 7946 0000" }).ExpectAsync(HttpStatusCode.OK);
        var document = await client.GetJsonAsync("/openapi/v1.json");
        var operations = RequestBodies.Operations(document, caseId);
        Assert.True(operations.Count >= 19, $"Only {operations.Count} operations with a body in the OpenAPI document.");
        var readable = new ReadableState(client, caseId);

        var requests = Gen.Int[0, operations.Count - 1].SelectMany(index => operations[index].Body.Select(body => (Operation: operations[index], Body: body)));
        var tried = new HashSet<string>(StringComparer.Ordinal);
        await requests.SampleAsync(
            async request =>
            {
                tried.Add(request.Operation.Name);
                await api.WhenIdleAsync();
                var before = await readable.ReadAsync();

                using var message = new HttpRequestMessage(request.Operation.Method, request.Operation.Path) { Content = new StringContent(request.Body, Encoding.UTF8, "application/json") };
                using var response = await client.SendAsync(message);
                var answer = await response.Content.ReadAsStringAsync();
                Assert.True((int)response.StatusCode < 500, $"{request.Operation.Name} {request.Body}\n→ {(int)response.StatusCode}: {answer}");

                await api.WhenIdleAsync();
                if (!response.IsSuccessStatusCode)
                {
                    Assert.True(before == await readable.ReadAsync(), $"{request.Operation.Name} {request.Body}\n→ {(int)response.StatusCode} changed what the caller reads: {answer}");
                }
            },
            iter: Iterations,
            threads: 1,
            print: request => $"{request.Operation.Name} {request.Body}");

        Assert.Equal(operations.Select(operation => operation.Name).Order(StringComparer.Ordinal), tried.Order(StringComparer.Ordinal));
    }

    /// <summary>What the caller can read of the world the requests act on: the case, the call, the queues and departments, two agents.</summary>
    private sealed class ReadableState(HttpClient client, string caseId)
    {
        private readonly string[] _paths =
        [
            $"/api/cases/{caseId}", $"/api/cases/{caseId}/history", "/api/calls/call-1",
            "/api/departments/billing", "/api/departments/billing/queue", "/api/departments/support", "/api/departments/support/queue",
            "/api/agents/alice", "/api/agents/carl",
        ];

        public async Task<string> ReadAsync()
        {
            var text = new StringBuilder();
            foreach (var path in _paths)
            {
                using var response = await client.GetAsync(path);
                text.Append(path).Append(' ').Append((int)response.StatusCode).Append(' ').AppendLine(await response.Content.ReadAsStringAsync());
            }

            return text.ToString();
        }
    }
}
