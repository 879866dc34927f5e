using Asivado.Domain.Acknowledgements;
using Asivado.Domain.Cases;
using Asivado.Domain.Escalation;
using Asivado.Grains.Agents;
using Asivado.Grains.Cases;
using Asivado.Grains.Common;
using NodaTime;

namespace Asivado.Gateway.Tests.Hubs.Support;

/// <summary>Cases and escalations made straight through the grains, for the hub to show.</summary>
public static class HubTestCases
{
    public static readonly Actor Admin = new("admin", ActorRole.Admin);

    public static CaseIntake EmailIntake(string departmentId, string subject = "Invoice question") => new(
        Channel.Email,
        CaseKind.Question,
        departmentId,
        new CustomerDetails("Test Customer", new ContactDetails(Email: "customer@example.org")),
        subject,
        "The customer asks about an invoice.");

    /// <summary>Opens an e-mail case; with every agent offline (the default) it stays in the department's queue.</summary>
    public static async Task<CaseView> OpenAsync(ConsoleHostFactory factory, string caseId, string departmentId, string subject = "Invoice question")
    {
        var result = await factory.Grains.GetGrain<ICaseGrain>(caseId).Open(EmailIntake(departmentId, subject), new Actor("mail-integration", ActorRole.Integration));
        Assert.True(result.Succeeded, result.Error?.Message);
        return result.Value;
    }

    public static async Task<CaseView> OpenAssignedAsync(ConsoleHostFactory factory, string caseId, string departmentId, string agentId, string subject = "Invoice question")
    {
        await OpenAsync(factory, caseId, departmentId, subject);
        var now = Instant.FromDateTimeOffset(factory.Time.GetUtcNow());
        var result = await factory.Grains.GetGrain<ICaseGrain>(caseId).Execute(new AssignCase(now, agentId), Admin);
        Assert.True(result.Succeeded, result.Error?.Message);
        return result.Value;
    }

    public static async Task<ConsolePush> EscalateAsync(ConsoleHostFactory factory, string agentId, string caseId)
    {
        var dueAt = Instant.FromUtc(2026, 1, 5, 11, 0);
        var notice = new EscalationNotice(
            ConsolePushKind.Escalation, caseId, null, "billing", "reply-written", EscalationLevel.Warning, 50, RecipientRole.Assignee,
            Instant.FromUtc(2026, 1, 5, 10, 0), dueAt, "Half of the reply time is used.");
        var result = await factory.Grains.GetGrain<IAgentGrain>(agentId).Escalate(notice);
        Assert.True(result.Succeeded, result.Error?.Message);
        return result.Value;
    }

    public static async Task<ConsolePush> NotifyAsync(ConsoleHostFactory factory, string agentId, string text)
    {
        var result = await factory.Grains.GetGrain<IAgentGrain>(agentId)
            .Notify(new ConsolePush(0, ConsolePushKind.CaseChanged, default, CaseId: "case-1", DepartmentId: "billing", Text: text));
        Assert.True(result.Succeeded, result.Error?.Message);
        return result.Value;
    }
}
