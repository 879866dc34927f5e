using Asivado.Domain.Acknowledgements;
using Asivado.Domain.Cases;
using Asivado.Grains.Agents;
using Asivado.Grains.Cases;
using Asivado.Grains.Common;
using Asivado.Grains.Departments;
using Microsoft.Extensions.DependencyInjection;
using Asivado.Orleans.Deadlines.Table;
using NodaTime;

namespace Asivado.Grains.Tests.Cases;

/// <summary>
/// Intakes, actors, instants and probes for the case tests. Instants are in January 2026, UTC (London is on
/// GMT then): the host starts on Monday 5 January at 08:00, an hour before the "london" calendar opens.
/// </summary>
internal static class CaseTestKit
{
    public static readonly Actor MailGateway = new("mail-gateway", ActorRole.Integration);
    public static readonly Actor Alice = new("alice", ActorRole.Agent, "billing");
    public static readonly Actor Lena = new("lena", ActorRole.Lead, "billing");

    public static Instant Jan(int day, int hour, int minute = 0, int second = 0) =>
        Instant.FromUtc(2026, 1, day, hour, minute, second);

    public static CaseIntake Email(string departmentId = "billing", CaseKind kind = CaseKind.Complaint) => new(
        Channel.Email, kind, departmentId, new CustomerDetails("Ada Customer", new ContactDetails(Email: "ada@example.org")),
        "Invoice charged twice", "My December invoice was charged twice to my card.");

    public static CaseIntake Voicemail() => new(
        Channel.Voicemail, CaseKind.Question, "billing", new CustomerDetails("Ada Customer", new ContactDetails(Phone: "+44 20 7946 0000")),
        "Call back about a refund", "Voicemail: please call back about my refund.");

    public static CaseIntake Phone() => new(
        Channel.Phone, CaseKind.RequestForService, "billing", new CustomerDetails("Ada Customer", new ContactDetails()),
        "Change of billing address", "Caller asks to change the billing address.", CallId: "call-1");

    public static CaseIntake Letter(Instant receivedAt) => new(
        Channel.PostalMail, CaseKind.Complaint, "billing", new CustomerDetails("Ada Customer", new ContactDetails(PostalAddress: "1 High Street, London")),
        "Letter about fees", "A letter disputing a fee.", receivedAt);

    public static ICaseGrain Case(this TestGrainHost host, string caseId) => host.GrainFactory.GetGrain<ICaseGrain>(caseId);

    public static IAgentGrain Agent(this TestGrainHost host, string agentId) => host.GrainFactory.GetGrain<IAgentGrain>(agentId);

    public static IDepartmentGrain Department(this TestGrainHost host, string departmentId) => host.GrainFactory.GetGrain<IDepartmentGrain>(departmentId);

    public static Instant Now(this TestGrainHost host) => Instant.FromDateTimeOffset(host.Time.GetUtcNow());

    /// <summary>Moves the clock to <paramref name="instant"/> and waits for what fell due.</summary>
    public static Task AdvanceToAsync(this TestGrainHost host, Instant instant)
    {
        var delta = instant - host.Now();
        Assert.True(delta >= Duration.Zero, $"{instant} is before the host's clock {host.Now()}.");
        return host.AdvanceAsync(delta.ToTimeSpan());
    }

    /// <summary>Opens a case under a fresh id and returns its view; fails the test if it is refused.</summary>
    public static async Task<CaseView> OpenAsync(this TestGrainHost host, CaseIntake intake, string caseId = "C-260105-TEST000001")
    {
        var opened = await host.Case(caseId).Open(intake, MailGateway);
        Assert.True(opened.Succeeded, opened.Error?.Message);
        return opened.Value!;
    }

    public static async Task<CaseView> ExecuteAsync(this TestGrainHost host, string caseId, CaseCommand command, Actor? by = null)
    {
        var result = await host.Case(caseId).Execute(command, by ?? Alice);
        Assert.True(result.Succeeded, result.Error?.Message);
        return result.Value!;
    }

    /// <summary>The case's escalation deadlines ("sla:…"), by name, as the deadline table holds them.</summary>
    public static async Task<IReadOnlyDictionary<string, Instant>> RemindersAsync(this TestGrainHost host, string caseId) =>
        (await DeadlineRowsAsync(host, caseId))
            .Where(row => row.Key.StartsWith("sla:", StringComparison.Ordinal))
            .ToDictionary(row => row.Key, row => row.Value);

    /// <summary>Every durable deadline of the case, by name, as the deadline table holds them.</summary>
    public static async Task<IReadOnlyDictionary<string, Instant>> DeadlineRowsAsync(this TestGrainHost host, string caseId)
    {
        var table = host.Services.GetRequiredService<IDeadlineTable>();
        var entries = await table.ReadForGrainAsync(GrainId.Create("case", caseId));
        return entries.ToDictionary(entry => entry.Name, entry => Instant.FromDateTimeOffset(entry.DueAt));
    }

    public static DeadlineView Deadline(this CaseView view, string targetId) => Assert.Single(view.Deadlines, d => d.TargetId == targetId);

    /// <summary>The escalations of one case target still open in a person's inbox, oldest first.</summary>
    public static async Task<IReadOnlyList<ConsolePush>> EscalationsAsync(this TestGrainHost host, string personId, string caseId, string targetId)
    {
        var agent = await host.Agent(personId).Get();
        Assert.NotNull(agent);
        return [.. agent.OpenEscalations.Where(push => push.CaseId == caseId && push.TargetId == targetId).OrderBy(push => push.Sequence)];
    }

    public static async Task<IReadOnlyList<CaseHistoryEntry>> HistoryAsync(this TestGrainHost host, string caseId) =>
        await host.Case(caseId).GetHistory() ?? throw new InvalidOperationException($"Case {caseId} does not exist.");
}
