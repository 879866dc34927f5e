using Asivado.Domain.Calendars;
using Asivado.Domain.Cases;
using Asivado.Domain.Escalation;
using Asivado.Domain.Policies;
using NodaTime;

namespace Asivado.Domain.Tests.Policies;

public sealed class PolicyJsonTests
{
    private static readonly BusinessCalendar Office = BusinessCalendar.Create(TestCalendars.Office());

    [Fact]
    public void Customer_service_standard_ships_as_a_default()
    {
        var policy = DefaultPolicies.CustomerServiceStandard;

        Assert.Equal(new PolicyReference("asivado-customer-service", 1), policy.Reference);
        Assert.Equal(["acknowledge", "refer", "respond"], policy.Targets.Select(t => t.Id));
        Assert.All(policy.Targets, t => Assert.Equal(ClockKind.BusinessTime, t.Clock));
        Assert.All(policy.Targets, t => Assert.True(t.WaivedOnFirstContactResolution));
        Assert.Equal(Duration.FromHours(7), policy.Target("acknowledge").Budget.Resolve(Office, policy.RingLength));
        Assert.Equal(Duration.FromHours(7), policy.Target("refer").Budget.Resolve(Office, policy.RingLength));
        Assert.Equal(Duration.FromHours(49), policy.Target("respond").Budget.Resolve(Office, policy.RingLength));
        Assert.Equal(EscalationLadderDefinition.Default.Rules.Select(r => r.Name), policy.Escalation.Rules.Select(r => r.Name));
    }

    [Fact]
    public void Ancs_12356_ships_with_its_document_control_metadata()
    {
        var policy = DefaultPolicies.Ancs12356;

        Assert.Equal(new PolicyMetadata("Customer Service Policy", "ANCS 12356", "Charles Dickens", new LocalDate(2014, 2, 13), "Paul Simon", new LocalDate(2014, 5, 18)), policy.Metadata);
        Assert.Equal(Duration.FromSeconds(18), policy.Target("answer-call").Budget.Resolve(Office, policy.RingLength));
        Assert.Equal(ClockKind.WallClock, policy.Target("answer-call").Clock);
        Assert.Equal(Duration.FromMinutes(1), policy.Target("hold").Budget.Resolve(Office, policy.RingLength));
        Assert.Equal(ClockKind.WallClock, policy.Target("hold").Clock);
        Assert.Equal((Duration.FromHours(1), ClockKind.BusinessTime), (policy.Target("return-voicemail").Budget.Resolve(Office, policy.RingLength), policy.Target("return-voicemail").Clock));
        Assert.Equal((Duration.FromHours(2), ClockKind.BusinessTime), (policy.Target("reply-written").Budget.Resolve(Office, policy.RingLength), policy.Target("reply-written").Clock));
        Assert.Equal([Channel.Email, Channel.WebTicket], policy.Target("reply-written").Channels.ToArray());
    }

    [Fact]
    public void Targets_apply_by_channel_and_kind()
    {
        Assert.Equal(["answer-call", "hold"], DefaultPolicies.Ancs12356.TargetsFor(Channel.Phone, CaseKind.Praise).Select(t => t.Id));
        Assert.Equal(["return-voicemail"], DefaultPolicies.Ancs12356.TargetsFor(Channel.Voicemail, CaseKind.Question).Select(t => t.Id));
        Assert.Empty(DefaultPolicies.CustomerServiceStandard.TargetsFor(Channel.Email, CaseKind.Praise));
    }

    [Fact]
    public void Department_overrides_change_only_what_they_name()
    {
        var overrides = PolicyJson.ParseOverrides("""
            { "departmentId": "billing", "revision": 3, "ringLength": "PT5S",
              "targets": [ { "id": "return-voicemail", "clock": "WallClock" }, { "id": "reply-written", "budget": { "time": "PT4H" } } ] }
            """);

        var effective = overrides.ApplyTo(DefaultPolicies.Ancs12356);

        Assert.Equal(new PolicyReference("ancs-12356@r1/billing", 3), effective.Reference);
        Assert.Equal(Duration.FromSeconds(15), effective.Target("answer-call").Budget.Resolve(Office, effective.RingLength));
        Assert.Equal(ClockKind.WallClock, effective.Target("return-voicemail").Clock);
        Assert.Equal(Duration.FromHours(1), effective.Target("return-voicemail").Budget.Resolve(Office, effective.RingLength));
        Assert.Equal((Duration.FromHours(4), ClockKind.BusinessTime), (effective.Target("reply-written").Budget.Resolve(Office, effective.RingLength), effective.Target("reply-written").Clock));
        Assert.Equal(DefaultPolicies.Ancs12356.Metadata, effective.Metadata);
    }

    [Fact]
    public void Override_of_an_unknown_target_names_it()
    {
        var overrides = PolicyJson.ParseOverrides("""{ "departmentId": "billing", "revision": 1, "targets": [ { "id": "teleport" } ] }""");

        var error = Assert.Throws<PolicyFormatException>(() => overrides.ApplyTo(DefaultPolicies.Ancs12356));

        Assert.Equal("targets[0].id", error.Field);
    }

    private const string Valid = """
        { "id": "p", "revision": 1, "metadata": { "title": "T" },
          "targets": [ { "id": "t", "title": "T", "budget": { "businessDays": 2 }, "clock": "BusinessTime", "channels": ["Email"], "kinds": ["Question"] } ] }
        """;

    [Fact]
    public void Minimal_document_gets_the_documented_defaults()
    {
        var policy = PolicyJson.ParsePolicy(Valid);

        Assert.Equal(Duration.FromSeconds(6), policy.RingLength);
        Assert.Same(EscalationLadderDefinition.Default, policy.Escalation);
        Assert.False(policy.Target("t").WaivedOnFirstContactResolution);
        Assert.Equal(Duration.FromHours(14), policy.Target("t").Budget.Resolve(Office, policy.RingLength));
    }

    public static TheoryData<string, string> BadDocuments => new()
    {
        { "{ \"id\": ", "$" },
        { Valid.Replace("\"revision\": 1", "\"revision\": 0"), "revision" },
        { Valid.Replace("\"id\": \"p\", ", ""), "id" },
        { Valid.Replace("\"title\": \"T\" }", "\"title\": \"T\", \"dateIssued\": \"13/02/2014\" }"), "metadata.dateIssued" },
        { Valid.Replace("{ \"businessDays\": 2 }", "{ \"businessDays\": 2, \"rings\": 3 }"), "targets[0].budget" },
        { Valid.Replace("{ \"businessDays\": 2 }", "{ \"time\": \"P1M\" }"), "targets[0].budget.time" },
        { Valid.Replace("\"BusinessTime\"", "\"Sundial\""), "targets[0].clock" },
        { Valid.Replace("[\"Email\"]", "[\"Email\", \"Pigeon\"]"), "targets[0].channels[1]" },
        { Valid.Replace("[\"Question\"]", "[]"), "targets[0].kinds" },
        { Valid.Replace("\"targets\"", "\"escalation\": { \"rules\": [ { \"name\": \"w\", \"level\": \"Warning\", \"percentOfBudget\": 100, \"recipients\": [\"Assignee\"] } ] }, \"targets\""), "escalation.rules[0].percentOfBudget" },
        { Valid.Replace("\"targets\"", "\"escalation\": { \"rules\": [ { \"name\": \"w\", \"level\": \"AfterBreach\", \"recipients\": [\"Assignee\"] } ] }, \"targets\""), "escalation.rules[0].afterBreach" },
    };

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public void Bad_json_is_rejected_naming_the_field(string json, string field)
    {
        var error = Assert.Throws<PolicyFormatException>(() => PolicyJson.ParsePolicy(json));

        Assert.Equal(field, error.Field);
        Assert.Contains($"'{field}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Catalog_keeps_revisions()
    {
        var catalog = PolicyCatalog.WithDefaults();
        var revised = catalog.Publish(DefaultPolicies.Ancs12356 with { Revision = 2, RingLength = Duration.FromSeconds(4) });

        Assert.Equal(Duration.FromSeconds(6), catalog.Get(new PolicyReference("ancs-12356", 1)).RingLength);
        Assert.Same(revised, catalog.Latest("ancs-12356"));
        Assert.Throws<PolicyFormatException>(() => catalog.Publish(DefaultPolicies.Ancs12356));
    }
}
