using System.Net;
using Asivado.Gateway.Tests.Api.Support;

namespace Asivado.Gateway.Tests.Api.Telephony;

public sealed class VoicemailApiTests
{
    [Fact]
    public async Task A_voicemail_opens_a_voicemail_case_without_personal_data_in_the_subject()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();

        using var response = await client.PostJsonAsync("/api/voicemails", new
        {
            departmentId = "billing",
            callerName = "Jane Doe",
            callerNumber = "+44 20 7946 0000",
            transcription = "Please call me back about my bill.",
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var view = await response.ReadJsonAsync();
        Assert.Equal($"/api/cases/{view["id"].Text()}", response.Headers.Location?.OriginalString);
        Assert.Equal("Voicemail", view["channel"].Text());
        Assert.Equal("Question", view["kind"].Text());
        Assert.Equal("Voicemail", view["subject"].Text());
        Assert.Equal("Please call me back about my bill.", view["description"].Text());
        Assert.Equal("+44 20 7946 0000", view["customer"]!["contact"]!["phone"].Text());
        Assert.Equal("Jane Doe", view["customer"]!["name"].Text());
        Assert.Equal("2026-01-05T10:00:00Z", view.Deadline("return-voicemail")["dueAt"].Text());
    }

    [Fact]
    public async Task A_voicemail_keeps_its_kind_and_receipt_time_and_may_lack_a_transcription()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();

        var view = await client.PostJsonAsync("/api/voicemails", new
        {
            departmentId = "support",
            callerName = "Jane Doe",
            callerNumber = "020 7946 0000",
            receivedAt = "2026-01-05T07:30:00Z",
            kind = "Complaint",
        }).ExpectAsync(HttpStatusCode.Created);

        Assert.Equal("Complaint", view["kind"].Text());
        Assert.Equal("2026-01-05T07:30:00Z", view["receivedAt"].Text());
        Assert.Equal("Voicemail without a transcription: listen to the recording.", view["description"].Text());
        Assert.Equal("support", view["departmentId"].Text());
    }

    [Fact]
    public async Task A_voicemail_retry_with_the_same_key_returns_the_same_case()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        var body = new { departmentId = "billing", callerName = "Jane Doe", callerNumber = "+44 20 7946 0000" };

        var first = await client.PostJsonAsync("/api/voicemails", body, idempotencyKey: "vm-1").ExpectAsync(HttpStatusCode.Created);
        using var retry = await client.PostJsonAsync("/api/voicemails", body, idempotencyKey: "vm-1");

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(first["id"].Text(), (await retry.ReadJsonAsync())["id"].Text());
    }

    [Theory]
    [InlineData("""{"callerName":"Jane","callerNumber":"+44 20 7946 0000"}""", "departmentId")]
    [InlineData("""{"departmentId":"billing","callerNumber":"+44 20 7946 0000"}""", "callerName")]
    [InlineData("""{"departmentId":"billing","callerName":"Jane"}""", "callerNumber")]
    [InlineData("""{"departmentId":"billing","callerName":"Jane","callerNumber":"withheld"}""", "callerNumber")]
    [InlineData("""{"departmentId":"billing","callerName":"Jane","callerNumber":"+44 20 7946 0000","kind":"Gossip"}""", "kind")]
    [InlineData("""{"departmentId":"billing","callerName":"Jane","callerNumber":"+44 20 7946 0000","receivedAt":"2026-01-06T00:00:00Z"}""", "receivedAt")]
    [InlineData("""{"departmentId":"billing","callerName":"Jane","callerNumber":"+44 20 7946 0000","age":70}""", "age")]
    [InlineData("""{"departmentId":"billing","callerName":"Jane","callerNumber":"+44 20 7946 0000","disability":"none"}""", "disability")]
    public async Task A_bad_voicemail_names_the_field_and_opens_nothing(string body, string field)
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();

        await client.PostRawAsync("/api/voicemails", body).ExpectValidationProblemAsync(field);

        Assert.Equal(0, (await client.GetJsonAsync("/api/departments/billing"))["openCases"]!.GetValue<int>());
    }
}
