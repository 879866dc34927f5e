using Asivado.Gateway.Tests.Api.Support;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace Asivado.Gateway.Tests.Api.OpenApi;

/// <summary>The OpenAPI document read with Microsoft.OpenApi's own reader, as a client generator would.</summary>
public sealed class OpenApiSecurityTests
{
    [Fact]
    public async Task The_document_parses_without_errors_and_declares_bearer_and_api_key_schemes()
    {
        var (document, diagnostic) = await LoadAsync();

        Assert.Empty(diagnostic.Errors);
        var schemes = document.Components!.SecuritySchemes!;
        Assert.Equal(SecuritySchemeType.Http, schemes["Bearer"].Type);
        Assert.Equal("bearer", schemes["Bearer"].Scheme);
        Assert.Equal("JWT", schemes["Bearer"].BearerFormat);
        Assert.Equal(SecuritySchemeType.ApiKey, schemes["ApiKey"].Type);
        Assert.Equal(ParameterLocation.Header, schemes["ApiKey"].In);
        Assert.Equal("X-Api-Key", schemes["ApiKey"].Name);
    }

    [Fact]
    public async Task Every_api_operation_names_its_schemes_and_declares_401_and_403()
    {
        var (document, _) = await LoadAsync();

        var operations = document.Paths
            .Where(path => path.Key.StartsWith("/api/", StringComparison.Ordinal) && !path.Key.StartsWith("/api/auth/", StringComparison.Ordinal))
            .SelectMany(path => path.Value.Operations!.Select(operation => (Name: $"{operation.Key} {path.Key}", Operation: operation.Value)))
            .ToList();
        Assert.True(operations.Count >= 31, $"only {operations.Count} operations");
        Assert.All(operations, entry =>
        {
            var schemes = entry.Operation.Security!.SelectMany(requirement => requirement.Keys).Select(scheme => scheme.Reference.Id).ToList();
            Assert.True(schemes.Contains("Bearer"), $"{entry.Name} does not accept a bearer token");
            Assert.True(entry.Operation.Responses!.ContainsKey("401"), $"{entry.Name} lacks 401");
            Assert.True(entry.Operation.Responses!.ContainsKey("403"), $"{entry.Name} lacks 403");
            Assert.False(string.IsNullOrEmpty(entry.Operation.Responses["401"].Description), $"{entry.Name}: 401 without a description");
        });

        // Integrations (X-Api-Key) report calls and take intakes; they do not read departments.
        Assert.Contains("ApiKey", Schemes(document, "/api/calls/{callId}/offered", HttpMethod.Post));
        Assert.Contains("ApiKey", Schemes(document, "/api/cases", HttpMethod.Post));
        Assert.DoesNotContain("ApiKey", Schemes(document, "/api/departments/{id}", HttpMethod.Get));
        Assert.Null(document.Paths["/api/auth/demo-sign-in"].Operations![HttpMethod.Post].Security);
    }

    [Fact]
    public async Task Cases_and_calls_declare_contact_redacted()
    {
        var (document, _) = await LoadAsync();

        foreach (var view in new[] { "CaseView", "CallView" })
        {
            var flag = document.Components!.Schemas![view].Properties!["contactRedacted"];
            Assert.Equal(JsonSchemaType.Boolean, flag.Type);
            Assert.False(string.IsNullOrEmpty(flag.Description));
        }

        var channel = document.Components!.Schemas!["Channel"];
        Assert.Equal(["Phone", "Visit", "Email", "PostalMail", "Voicemail", "WebTicket"], channel.Enum!.Select(value => value!.GetValue<string>()));
    }

    private static List<string> Schemes(OpenApiDocument document, string path, HttpMethod method) =>
        [.. document.Paths[path].Operations![method].Security!.SelectMany(requirement => requirement.Keys).Select(scheme => scheme.Reference.Id!)];

    private static async Task<(OpenApiDocument Document, OpenApiDiagnostic Diagnostic)> LoadAsync()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        using var stream = new MemoryStream(await client.GetByteArrayAsync("/openapi/v1.json"));

        var result = await OpenApiDocument.LoadAsync(stream, "json");

        return (result.Document ?? throw new InvalidOperationException("The document did not parse."), result.Diagnostic!);
    }
}
