using System.Net;
using Asivado.Gateway.Tests.Api.Support;
using Asivado.Gateway.Tests.Hardening.Support;

namespace Asivado.Gateway.Tests.Hardening;

/// <summary>Every log entry of a host at Trace level, Microsoft.* included, is free of the personal data it handled.</summary>
public sealed class PersonalDataLogTests
{
    private const string CustomerName = "Zebulon Quixfarthing";
    private const string CustomerEmail = "zebulon.quix@farthingmail.example";
    private const string CustomerPhone = "+44 20 7946 0123";
    private const string CustomerAddress = "17 Wobbleberry Lane, Nethercombe";
    private const string CallerNumber = "+44 161 496 0777";
    private const string CallbackNumber = "0161 496 0778";
    private const string VoicemailName = "Ottoline Wrenfeather";
    private const string VoicemailNumber = "+44 113 496 0555";

    private static readonly string[] PersonalValues =
    [
        CustomerName, "Zebulon", "Quixfarthing", CustomerEmail, "farthingmail", CustomerPhone, "7946 0123", "79460123",
        CustomerAddress, "Wobbleberry", "Nethercombe", CallerNumber, "496 0777", "4960777", CallbackNumber, "4960778",
        VoicemailName, "Ottoline", "Wrenfeather", VoicemailNumber, "496 0555", "4960555",
    ];

    [Fact]
    public async Task Intake_case_actions_calls_voicemails_and_refusals_log_no_personal_data()
    {
        var logs = new CapturedLogs();
        await using var factory = new HardeningFactory().WithLogs(logs);
        using var client = factory.CreateClientFor("integration-crm");

        var customer = new { name = CustomerName, email = CustomerEmail, phone = CustomerPhone, postalAddress = CustomerAddress };
        var created = await client.PostJsonAsync("/api/cases", new
        {
            channel = "Email", kind = "Complaint", departmentId = "billing", customer, subject = "Service complaint", description = "The engineer did not arrive.",
        }, idempotencyKey: "privacy-1").ExpectAsync(HttpStatusCode.Created);
        var caseId = created["id"].Text();
        await client.ActAsync(caseId, "assign", new { agentId = "alice" });
        await client.ActAsync(caseId, "acknowledge", new { method = "Email" });
        await client.ActAsync(caseId, "respond", new { summary = "Explained the visit." });
        await client.ActAsync(caseId, "resolve", new { resolution = "Visit rebooked." });
        await client.GetJsonAsync($"/api/cases/{caseId}");
        await client.GetJsonAsync($"/api/cases/{caseId}/history");

        await client.PostJsonAsync("/api/calls/privacy-call/offered", new { departmentId = "billing", callerNumber = CallerNumber }).ExpectAsync(HttpStatusCode.OK);
        await client.PostJsonAsync("/api/calls/privacy-call/answered", new { agentId = "bob" }).ExpectAsync(HttpStatusCode.OK);
        await client.PostJsonAsync("/api/calls/privacy-call/transferred", new { toDepartmentId = "support", callbackNumber = CallbackNumber }).ExpectAsync(HttpStatusCode.OK);
        await client.PostAsync("/api/calls/privacy-call/ended", null).ExpectAsync(HttpStatusCode.OK);
        await client.GetJsonAsync("/api/calls/privacy-call");

        await client.PostJsonAsync("/api/voicemails", new { departmentId = "support", callerName = VoicemailName, callerNumber = VoicemailNumber, transcription = "Please call me back." })
            .ExpectAsync(HttpStatusCode.Created);

        // Refusals that carry the personal data: a bad e-mail, a value of the wrong type, an unknown field, broken JSON, a replayed key with another body.
        await client.PostJsonAsync("/api/cases", new
        {
            channel = "Email", kind = "Complaint", departmentId = "billing", customer = new { name = CustomerName, email = CustomerName }, subject = "s", description = "d",
        }).ExpectAsync(HttpStatusCode.BadRequest);
        await client.PostRawAsync("/api/cases", $$"""{"channel":"Email","kind":"Complaint","departmentId":"billing","customer":{"name":["{{CustomerName}}"]},"subject":"s","description":"d"}""")
            .ExpectAsync(HttpStatusCode.BadRequest);
        await client.PostRawAsync("/api/cases", $$"""{"channel":"Email","kind":"Complaint","departmentId":"billing","customer":{"name":"n","email":"e@x.example","home":"{{CustomerAddress}}"},"subject":"s","description":"d"}""")
            .ExpectAsync(HttpStatusCode.BadRequest);
        await client.PostRawAsync("/api/voicemails", $$"""{"departmentId":"support","callerName":"{{VoicemailName}}","callerNumber":{{VoicemailNumber}}""")
            .ExpectAsync(HttpStatusCode.BadRequest);
        await client.PostJsonAsync("/api/cases", new
        {
            channel = "Email", kind = "Complaint", departmentId = "billing", customer = new { name = VoicemailName, email = CustomerEmail }, subject = "Other", description = "Other",
        }, idempotencyKey: "privacy-1").ExpectAsync(HttpStatusCode.Conflict);
        await client.PostJsonAsync("/api/calls/privacy-call-2/transferred", new { toDepartmentId = "support", callbackNumber = CallbackNumber }).ExpectAsync(HttpStatusCode.Conflict);

        await factory.WhenIdleAsync();

        var entries = logs.Entries.ToArray();
        Assert.NotEmpty(entries);
        Assert.Contains(entries, entry => entry.Contains(caseId, StringComparison.Ordinal));

        // The capture really sees the framework's own detail: routing at Debug, request bodies read at Debug/Trace.
        Assert.Contains(entries, entry => entry.StartsWith("Debug Microsoft.AspNetCore.Routing", StringComparison.Ordinal));
        Assert.Contains(entries, entry => entry.StartsWith("Information Microsoft.AspNetCore.Hosting.Diagnostics", StringComparison.Ordinal));
        var leaks = entries
            .SelectMany(entry => PersonalValues.Where(value => entry.Contains(value, StringComparison.OrdinalIgnoreCase)).Select(value => $"{value} in: {entry}"))
            .ToArray();
        Assert.True(leaks.Length == 0, string.Join(Environment.NewLine, leaks.Take(20)));
    }
}
