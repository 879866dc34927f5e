using Asivado.Gateway.Tests.Api.Support;

namespace Asivado.Gateway.Tests.Api.Validation;

/// <summary>A body is read one way only: no duplicate keys, an enum is exactly one of its names.</summary>
public sealed class JsonShapeTests
{
    private const string Intake = """{"channel":"Email","kind":"Question","departmentId":"billing","customer":{"name":"Jane","email":"jane@example.com"},"subject":"s","description":"d"}""";

    [Theory]
    [InlineData("""{"channel":"Email","kind":"Question","kind":"Complaint","departmentId":"billing","customer":{"name":"Jane","email":"jane@example.com"},"subject":"s","description":"d"}""", "kind")]
    [InlineData("""{"channel":"Email","kind":"Question","departmentId":"billing","customer":{"name":"Jane","name":"John","email":"jane@example.com"},"subject":"s","description":"d"}""", "customer.name")]
    public async Task A_duplicate_key_is_refused_and_nothing_is_stored(string body, string field)
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();

        var errors = await client.PostRawAsync("/api/cases", body).ExpectValidationProblemAsync(field);

        Assert.Equal("is given more than once", errors[field]![0].Text());
        Assert.Empty((await client.GetJsonAsync("/api/departments/billing/queue"))["entries"]!.AsArray());
    }

    [Fact]
    public async Task A_duplicate_key_in_a_case_action_is_refused()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        var id = await client.OpenEmailCaseAsync();
        var before = await client.SnapshotAsync(id);

        await client.PostRawAsync($"/api/cases/{id}/pause", """{"reason":"a","reason":"b"}""").ExpectValidationProblemAsync("reason");

        Assert.Equal(before, await client.SnapshotAsync(id));
    }

    [Theory]
    [InlineData("\"Complaint,Question\"")]
    [InlineData("\"Complaint, Question\"")]
    [InlineData("1")]
    [InlineData("\"1\"")]
    [InlineData("\"\"")]
    public async Task A_kind_that_is_not_one_name_is_refused_with_the_names(string kind)
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();

        var errors = await client.PostRawAsync("/api/cases", Intake.Replace("\"Question\"", kind, StringComparison.Ordinal)).ExpectValidationProblemAsync("kind");

        Assert.Equal("must be one of Complaint, Question, RequestForService, Praise, ConstructiveCriticism", errors["kind"]![0].Text());
    }

    [Theory]
    [InlineData("\"Email,Phone\"")]
    [InlineData("3")]
    public async Task An_acknowledgement_method_that_is_not_one_name_is_refused(string method)
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        var id = await client.OpenEmailCaseAsync();
        var before = await client.SnapshotAsync(id);

        var errors = await client.PostRawAsync($"/api/cases/{id}/acknowledge", $$"""{"method":{{method}}}""").ExpectValidationProblemAsync("method");

        Assert.StartsWith("must be one of ", errors["method"]![0].Text(), StringComparison.Ordinal);
        Assert.Equal(before, await client.SnapshotAsync(id));
    }

    [Fact]
    public async Task An_enum_name_in_another_case_is_taken()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();

        var view = await client.PostRawAsync("/api/cases", Intake.Replace("\"Question\"", "\"rEqUeStFoRsErViCe\"", StringComparison.Ordinal)).ExpectAsync(System.Net.HttpStatusCode.Created);

        Assert.Equal("RequestForService", view["kind"].Text());
    }
}
