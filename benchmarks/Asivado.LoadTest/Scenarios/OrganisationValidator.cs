namespace Asivado.LoadTest.Scenarios;

/// <summary>Checks the "organisation" section; errors name the field ("organisation.overrides[0].budget").</summary>
internal static class OrganisationValidator
{
    /// <summary>Keeps the generated organisation file and its directory in proportion to a load test.</summary>
    public const int MaxPeople = 200_000;

    public static void Validate(OrganisationSettings organisation, List<string> errors)
    {
        if (organisation.Departments < 1)
        {
            errors.Add($"organisation.departments: must be at least 1 (got {organisation.Departments}).");
        }

        if (organisation.AgentsPerDepartment < 0)
        {
            errors.Add($"organisation.agentsPerDepartment: must be at least 0 (got {organisation.AgentsPerDepartment}).");
        }

        if (organisation.LeadsPerDepartment < 0)
        {
            errors.Add($"organisation.leadsPerDepartment: must be at least 0 (got {organisation.LeadsPerDepartment}).");
        }

        if ((long)organisation.Departments * (Math.Max(0, organisation.AgentsPerDepartment) + Math.Max(0, organisation.LeadsPerDepartment)) > MaxPeople)
        {
            errors.Add($"organisation: at most {MaxPeople} people (departments × (agentsPerDepartment + leadsPerDepartment)).");
        }

        if (string.IsNullOrEmpty(organisation.IdPrefix) || !organisation.IdPrefix.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'))
        {
            errors.Add($"organisation.idPrefix: letters, digits, '.', '_' and '-' only, not empty (got '{organisation.IdPrefix}').");
        }

        ScenarioValidator.ValidateOneOf("organisation.policies", organisation.Policies, SeedTargets.Policies, errors);
        ValidateOverrides(organisation, errors);
    }

    private static void ValidateOverrides(OrganisationSettings organisation, List<string> errors)
    {
        if (organisation.Overrides is null)
        {
            errors.Add("organisation.overrides: must be a list (use [] for none).");
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < organisation.Overrides.Count; index++)
        {
            var field = $"organisation.overrides[{index}]";
            var change = organisation.Overrides[index];
            if (change is null)
            {
                errors.Add($"{field}: must be an object.");
                continue;
            }

            if (!SeedTargets.PolicyOf.TryGetValue(change.Target ?? "", out var policy))
            {
                errors.Add($"{field}.target: '{change.Target}' is not one of {string.Join(", ", SeedTargets.PolicyOf.Keys)}.");
            }
            else if (organisation.Policies is not null && !organisation.Policies.Contains(policy))
            {
                errors.Add($"{field}.target: '{change.Target}' belongs to {policy}, which organisation.policies does not list.");
            }
            else if (!seen.Add(change.Target!))
            {
                errors.Add($"{field}.target: '{change.Target}' is overridden more than once.");
            }

            if (change.BudgetDuration is not { } budget || budget <= TimeSpan.Zero)
            {
                errors.Add($"{field}.budget: must be a positive ISO-8601 duration without years or months, e.g. \"PT20S\" (got '{change.Budget}').");
            }
        }
    }
}
