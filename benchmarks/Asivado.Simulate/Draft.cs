using System.Collections.Frozen;
using System.Text.Json.Nodes;
using Asivado.Domain.Cases;
using Asivado.Grains.Organisation;
using Asivado.Grains.Organisation.Configuration;
using Asivado.Grains.Organisation.Demo;
using NodaTime;
using NodaTime.Text;

namespace Asivado.Simulate;

/// <summary>
/// What is tried: an organisation (the service's own organisation format: calendars, policies, departments, people),
/// people added to it, who works when, and how long a case of each kind takes an agent.
/// </summary>
public sealed record Draft(string Name, OrganisationDirectory Organisation, IReadOnlyList<Shift> Shifts, IReadOnlyDictionary<CaseKind, Duration> Handling)
{
    private static readonly Duration DefaultHandling = Duration.FromMinutes(30);

    public Duration HandlingOf(CaseKind kind) => Handling.GetValueOrDefault(kind, DefaultHandling);

    public static Draft Load(string file)
    {
        var root = JsonInput.Parse(File.ReadAllText(file), Path.GetFileName(file));
        return Read(root, Path.GetDirectoryName(Path.GetFullPath(file))!);
    }

    internal static Draft Read(JsonInput root, string folder)
    {
        root.OnlyFields("name", "organisation", "addPeople", "shifts", "handlingMinutes");
        var name = root.Required("name").String();
        var organisation = ReadOrganisation(root, folder);
        var shifts = root.Required("shifts").Items().Select(item => ReadShift(item, organisation)).ToList();
        var handling = new Dictionary<CaseKind, Duration>();
        if (root.Optional("handlingMinutes") is { } minutes)
        {
            minutes.OnlyFields(Enum.GetNames<CaseKind>());
            foreach (var kind in Enum.GetValues<CaseKind>())
            {
                if (minutes.Optional(kind.ToString()) is { } value)
                {
                    handling[kind] = Duration.FromMinutes(value.Number(0.1, 24 * 60));
                }
            }
        }

        return new Draft(name, organisation, shifts, handling.ToFrozenDictionary());
    }

    private static OrganisationDirectory ReadOrganisation(JsonInput root, string folder)
    {
        var field = root.Optional("organisation");
        var path = field is { } f && f.String() != "demo" ? Path.GetFullPath(f.String(), folder) : null;
        if (path is not null && !File.Exists(path))
        {
            throw new SimulationInputException(field!.Value.Path, $"'{path}' does not exist (or give \"demo\" for the demo organisation)");
        }

        using var source = path is null ? DemoOrganisation.OpenJson() : File.OpenRead(path);
        var json = JsonNode.Parse(source, documentOptions: new() { CommentHandling = System.Text.Json.JsonCommentHandling.Skip })!;
        if (root.Optional("addPeople") is { } added)
        {
            var people = json["people"]!.AsArray();
            foreach (var person in added.Items())
            {
                people.Add(JsonNode.Parse(person.Element.GetRawText()));
            }
        }

        try
        {
            return OrganisationJson.Parse(json.ToJsonString());
        }
        catch (OrganisationFormatException exception)
        {
            throw new SimulationInputException($"{field?.Path ?? $"{root.Path}.organisation"} {exception.Field}", exception.Message);
        }
    }

    private static Shift ReadShift(JsonInput item, OrganisationDirectory organisation)
    {
        item.OnlyFields("personId", "days", "from", "to");
        var personField = item.Required("personId");
        var personId = personField.String();
        if (organisation.FindPerson(personId) is null)
        {
            throw new SimulationInputException(personField.Path, $"'{personId}' is not a person of the organisation; known: {string.Join(", ", organisation.People.Select(p => p.Id))}");
        }

        var days = item.Required("days").Items().Select(day => day.Enum<IsoDayOfWeek>()).Where(day => day != IsoDayOfWeek.None).ToHashSet();
        var from = item.Required("from").Parsed(LocalTimePattern.CreateWithInvariantCulture("HH:mm"), "a time (HH:mm)");
        var toField = item.Required("to");
        var to = toField.Parsed(LocalTimePattern.CreateWithInvariantCulture("HH:mm"), "a time (HH:mm)");
        if (to <= from)
        {
            throw new SimulationInputException(toField.Path, $"must be after from ({from:HH:mm})");
        }

        return new Shift(personId, days, from, to);
    }
}
