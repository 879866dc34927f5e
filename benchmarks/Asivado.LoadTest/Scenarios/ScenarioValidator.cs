namespace Asivado.LoadTest.Scenarios;

/// <summary>Checks a parsed scenario; each error starts with the JSON field it is about.</summary>
public static class ScenarioValidator
{
    public static IReadOnlyList<string> Validate(Scenario scenario)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(scenario.Name))
        {
            errors.Add("name: required.");
        }

        if (scenario.DurationSeconds <= 0)
        {
            errors.Add($"durationSeconds: must be greater than 0 (got {scenario.DurationSeconds}).");
        }

        if (scenario.WarmupSeconds < 0 || scenario.WarmupSeconds >= Math.Max(1, scenario.DurationSeconds))
        {
            errors.Add($"warmupSeconds: must be at least 0 and less than durationSeconds (got {scenario.WarmupSeconds}).");
        }

        if (scenario.DrainSeconds < 0)
        {
            errors.Add($"drainSeconds: must be at least 0 (got {scenario.DrainSeconds}).");
        }

        if (scenario.Organisation is null)
        {
            errors.Add("organisation: required.");
        }
        else
        {
            OrganisationValidator.Validate(scenario.Organisation, errors);
        }

        ValidateIntake(scenario.Intake, scenario.DurationSeconds, errors);
        if (scenario.Organisation is not null && scenario.Expectations is not null)
        {
            ValidateConsoles(scenario.Consoles, scenario.Organisation, scenario.Expectations, errors);
            ExpectationsValidator.Validate(scenario, errors);
        }
        else if (scenario.Expectations is null)
        {
            errors.Add("expectations: required.");
        }

        if (scenario.Targets is null)
        {
            errors.Add("targets: must be a list of addresses (or left out).");
        }
        else if (scenario.Targets.Count > 0)
        {
            errors.AddRange(TargetAddresses.Parse(scenario.Targets, i => $"targets[{i}]").Errors);
        }

        return errors;
    }

    private static void ValidateIntake(IntakeSettings? intake, int durationSeconds, List<string> errors)
    {
        if (intake is null)
        {
            errors.Add("intake: required.");
            return;
        }

        if (!(intake.RatePerSecond > 0))
        {
            errors.Add($"intake.ratePerSecond: must be greater than 0 (got {intake.RatePerSecond}).");
        }

        if (intake.MaxConcurrency <= 0)
        {
            errors.Add($"intake.maxConcurrency: must be greater than 0 (got {intake.MaxConcurrency}).");
        }

        ValidateOneOf("intake.channels", intake.Channels, IntakeSettings.KnownChannels, errors);
        ValidateOneOf("intake.kinds", intake.Kinds, IntakeSettings.KnownKinds, errors);
        ValidatePhases(intake, durationSeconds, errors);
    }

    private static void ValidatePhases(IntakeSettings intake, int durationSeconds, List<string> errors)
    {
        if (intake.Phases is not { Count: > 0 } phases)
        {
            return;
        }

        for (var i = 0; i < phases.Count; i++)
        {
            if (!(phases[i].RatePerSecond > 0) || phases[i].Seconds <= 0)
            {
                errors.Add($"intake.phases[{i}]: ratePerSecond and seconds must be greater than 0 (got {phases[i].RatePerSecond}, {phases[i].Seconds}).");
            }
        }

        if (phases.Sum(phase => phase.Seconds) != durationSeconds)
        {
            errors.Add($"intake.phases: their seconds must add up to durationSeconds ({durationSeconds}; got {phases.Sum(phase => phase.Seconds)}).");
        }

        if (phases.Max(phase => phase.RatePerSecond) != intake.RatePerSecond)
        {
            errors.Add($"intake.ratePerSecond: must be the highest phase's rate ({phases.Max(phase => phase.RatePerSecond)}) when phases are given.");
        }
    }

    internal static void ValidateOneOf(string field, IReadOnlyList<string>? values, IReadOnlyList<string> known, List<string> errors)
    {
        if (values is not { Count: > 0 })
        {
            errors.Add($"{field}: needs at least one of {string.Join(", ", known)}.");
            return;
        }

        foreach (var value in values.Where(value => !known.Contains(value)))
        {
            errors.Add($"{field}: '{value}' is not one of {string.Join(", ", known)}.");
        }

        foreach (var duplicate in values.GroupBy(value => value, StringComparer.Ordinal).Where(group => group.Count() > 1))
        {
            errors.Add($"{field}: '{duplicate.Key}' is listed more than once.");
        }
    }

    private static void ValidateConsoles(ConsoleSettings? consoles, OrganisationSettings organisation, Expectations expectations, List<string> errors)
    {
        if (consoles is null)
        {
            errors.Add("consoles: required.");
            return;
        }

        if (consoles.Count < 0 || consoles.Count > organisation.PeopleCount)
        {
            errors.Add($"consoles.count: must be between 0 and the organisation's {organisation.PeopleCount} people (got {consoles.Count}).");
        }
        else if (expectations.Breaches is { Count: > 0 } && consoles.Count < organisation.LeadCount)
        {
            errors.Add($"consoles.count: must be at least the {organisation.LeadCount} leads (departments × leadsPerDepartment), who receive the breaches of cases nobody is assigned to (got {consoles.Count}).");
        }
    }
}
