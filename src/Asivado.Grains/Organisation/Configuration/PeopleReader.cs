namespace Asivado.Grains.Organisation.Configuration;

/// <summary>
/// Reads "people". A person has exactly id, name, department, role and capacity: any other field is
/// refused, so that age, race, gender, ethnicity, religion or disability can never be loaded (service
/// is the same for everyone and the organisation does not hold such data).
/// </summary>
internal static class PeopleReader
{
    private static readonly string[] PersonFields = ["id", "name", "department", "role", "capacity"];

    private static readonly HashSet<string> ProtectedCharacteristics = new(StringComparer.OrdinalIgnoreCase)
    {
        "age", "dateOfBirth", "birthDate", "race", "gender", "sex", "ethnicity", "religion", "disability",
    };

    public static IReadOnlyList<PersonDefinition> Read(ConfigField people, IReadOnlySet<string> departmentIds)
    {
        var result = new List<PersonDefinition>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var person in people.Items())
        {
            person.OnlyFields(PersonFields, Explain);
            var idField = person.Required("id");
            var id = idField.Id();
            if (!ids.Add(id))
            {
                throw ConfigField.Error(idField.Path, $"person id '{id}' appears more than once");
            }

            var departmentField = person.Required("department");
            var department = departmentField.String();
            if (!departmentIds.Contains(department))
            {
                throw ConfigField.Error(departmentField.Path, $"department '{department}' is not defined in departments");
            }

            result.Add(new PersonDefinition(
                id,
                person.Required("name").String(),
                department,
                person.Required("role").Enum<StaffRole>(),
                person.Required("capacity").PositiveInt()));
        }

        return result;
    }

    private static string Explain(string field) => ProtectedCharacteristics.Contains(field)
        ? "is not collected: service is the same for everyone, so a person has only id, name, department, role and capacity"
        : $"is not a known field; a person has only {string.Join(", ", PersonFields)}";
}
