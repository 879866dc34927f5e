using System.Net;
using System.Net.Http.Json;

namespace Asivado.Console.Tests.Support;

/// <summary>The embedded default's documented demo integration: it takes in contacts and sends telephony events.</summary>
public static class DemoIntegration
{
    public static HttpClient Client(ConsoleTestHost host)
    {
        var http = new HttpClient { BaseAddress = host.BaseAddress };
        http.DefaultRequestHeaders.Add("X-Api-Key", "asivado-demo-integration-key");
        return http;
    }

    /// <summary>An e-mail complaint to billing from "Test Customer"; returns the case id.</summary>
    public static async Task<string> PostComplaintAsync(ConsoleTestHost host, string subject)
    {
        using var http = Client(host);
        var response = await http.PostAsJsonAsync("/api/cases", new
        {
            channel = "Email",
            kind = "Complaint",
            departmentId = "billing",
            customer = new { name = "Test Customer", email = "customer@example.org" },
            subject,
            description = "The customer was charged twice.",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<CreatedCase>())!.Id;
    }

    private sealed record CreatedCase(string Id);
}
