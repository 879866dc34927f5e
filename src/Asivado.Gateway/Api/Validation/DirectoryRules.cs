using Asivado.Grains.Organisation;

namespace Asivado.Gateway.Api.Validation;

/// <summary>Checks against the organisation directory, which the gateway reads without calling a grain.</summary>
public static class DirectoryRules
{
    public static void RequireKnownDepartment(this ValidationErrors errors, string field, string? departmentId, IOrganisationDirectory directory)
    {
        errors.RequireId(field, departmentId);
        if (!errors.Has(field) && directory.FindDepartment(departmentId!) is null)
        {
            errors.Add(field, $"no department has the id '{departmentId}'");
        }
    }

    public static void RequireKnownPerson(this ValidationErrors errors, string field, string? personId, IOrganisationDirectory directory)
    {
        errors.RequireId(field, personId);
        if (!errors.Has(field) && directory.FindPerson(personId!) is null)
        {
            errors.Add(field, $"no person has the id '{personId}'");
        }
    }
}
