using Asivado.Domain.Acknowledgements;
using Asivado.Domain.Cases;
using Asivado.Grains.Cases;
using Asivado.Grains.Common;
using Asivado.Grains.Tests.Support;
using NodaTime;
using static Asivado.Grains.Tests.Cases.CaseTestKit;

namespace Asivado.Grains.Tests.Cases;

/// <summary>Each refused intake names its field and leaves no case, no history, no reminder and no queue entry.</summary>
public sealed class CaseOpenValidationTests
{
    private const string CaseId = "C-260105-INVALID001";

    [Theory]
    [InlineData("unknown department", "departmentId")]
    [InlineData("undefined channel", "channel")]
    [InlineData("undefined kind", "kind")]
    [InlineData("blank customer name", "customer.name")]
    [InlineData("blank subject", "subject")]
    [InlineData("subject of 201 characters", "subject")]
    [InlineData("blank description", "description")]
    [InlineData("description of 10,001 characters", "description")]
    [InlineData("received in two minutes", "receivedAt")]
    [InlineData("received in year -1", "receivedAt")]
    [InlineData("received 367 days ago", "receivedAt")]
    [InlineData("customer name with a NUL", "customer.name")]
    [InlineData("subject with a right-to-left override", "subject")]
    [InlineData("subject with a line break", "subject")]
    [InlineData("description with an ANSI escape", "description")]
    [InlineData("e-mail without an address", "customer.contact.email")]
    [InlineData("voicemail without a number", "customer.contact.phone")]
    [InlineData("letter without any way back", "customer.contact")]
    public async Task A_refused_intake_names_the_field_and_changes_nothing(string problem, string field)
    {
        await using var host = await GrainsTestHost.StartAsync();

        var result = await host.Case(CaseId).Open(Invalid(problem), MailGateway);

        Assert.Equal(GrainErrorKind.InvalidArgument, result.Error?.Kind);
        Assert.Equal(field, result.Error?.Field);
        Assert.Null(await host.Case(CaseId).Get());
        Assert.Null(await host.Case(CaseId).GetHistory());
        Assert.Empty(await host.RemindersAsync(CaseId));
        Assert.Empty((await host.Department("billing").GetQueue())!.Entries);
    }

    [Fact]
    public async Task A_description_of_exactly_10000_characters_and_a_receipt_a_minute_ahead_are_accepted()
    {
        await using var host = await GrainsTestHost.StartAsync();

        var view = await host.OpenAsync(Email() with { Description = new string('x', 10_000), ReceivedAt = host.Now() + Duration.FromMinutes(1) }, CaseId);

        // Within the tolerated clock skew: counted as received now.
        Assert.Equal(host.Now(), view.ReceivedAt);
    }

    [Fact]
    public async Task A_letter_with_only_an_email_address_can_be_answered_by_email()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var letter = Letter(Jan(5, 8)) with { Customer = new CustomerDetails("Ada Customer", new ContactDetails(Email: "ada@example.org")) };

        var view = await host.OpenAsync(letter, CaseId);

        Assert.Equal(Channel.PostalMail, view.Channel);
    }

    private static CaseIntake Invalid(string problem) => problem switch
    {
        "unknown department" => Email() with { DepartmentId = "marketing" },
        "undefined channel" => Email() with { Channel = (Channel)99 },
        "undefined kind" => Email() with { Kind = (CaseKind)99 },
        "blank customer name" => Email() with { Customer = Email().Customer with { Name = " " } },
        "blank subject" => Email() with { Subject = "" },
        "subject of 201 characters" => Email() with { Subject = new string('s', 201) },
        "blank description" => Email() with { Description = "  " },
        "description of 10,001 characters" => Email() with { Description = new string('d', 10_001) },
        "received in two minutes" => Email() with { ReceivedAt = Jan(5, 8, 2) },
        "received in year -1" => Email() with { ReceivedAt = Instant.FromUtc(-1, 1, 1, 0, 0) },
        "received 367 days ago" => Email() with { ReceivedAt = Jan(5, 8) - Duration.FromDays(367) },
        "customer name with a NUL" => Email() with { Customer = Email().Customer with { Name = "Ada\0Customer" } },
        "subject with a right-to-left override" => Email() with { Subject = "Invoice \u202Efdp.exe" },
        "subject with a line break" => Email() with { Subject = "Invoice\nCharged twice" },
        "description with an ANSI escape" => Email() with { Description = "Charged \u001B[31mtwice" },
        "e-mail without an address" => Email() with { Customer = new CustomerDetails("Ada Customer", new ContactDetails(Phone: "+44 20 7946 0000")) },
        "voicemail without a number" => Voicemail() with { Customer = new CustomerDetails("Ada Customer", new ContactDetails(Email: "ada@example.org")) },
        "letter without any way back" => Letter(Jan(5, 8)) with { Customer = new CustomerDetails("Ada Customer", new ContactDetails()) },
        _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, "Unknown problem."),
    };
}
