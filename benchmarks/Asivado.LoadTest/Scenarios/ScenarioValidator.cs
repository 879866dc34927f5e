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

        ValidateIntake(scenario.Intake, errors);
        ValidateConsoles(scenario.Consoles, errors);
        ValidateSla(scenario.Sla, errors);
        ValidateExpectations(scenario.Expectations, errors);
        return errors;
    }

    private static void ValidateIntake(IntakeSettings? intake, List<string> errors)
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

        if (intake.Departments is not { Count: > 0 } || intake.Departments.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add("intake.departments: needs at least one department id, none blank.");
        }

        ValidateOneOf("intake.channels", intake.Channels, IntakeSettings.KnownChannels, errors);
        ValidateOneOf("intake.kinds", intake.Kinds, IntakeSettings.KnownKinds, errors);
    }

    private static void ValidateOneOf(string field, IReadOnlyList<string>? values, IReadOnlyList<string> known, List<string> errors)
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
    }

    private static void ValidateConsoles(ConsoleSettings? consoles, List<string> errors)
    {
        if (consoles is null)
        {
            errors.Add("consoles: required.");
            return;
        }

        if (consoles.Count < 0)
        {
            errors.Add($"consoles.count: must be at least 0 (got {consoles.Count}).");
        }

        if (consoles.AgentIdPattern is null || !consoles.AgentIdPattern.Contains("{0}", StringComparison.Ordinal))
        {
            errors.Add($"consoles.agentIdPattern: must contain {{0}} for the console number (got '{consoles.AgentIdPattern}').");
            return;
        }

        try
        {
            _ = consoles.AgentId(0);
        }
        catch (FormatException)
        {
            errors.Add($"consoles.agentIdPattern: is not a valid format string (got '{consoles.AgentIdPattern}').");
        }
    }

    private static void ValidateSla(SlaSettings? sla, List<string> errors)
    {
        if (sla?.TargetOverrides is null)
        {
            errors.Add("sla.targetOverrides: required (use {} for none).");
            return;
        }

        foreach (var (target, duration) in sla.TargetOverrides)
        {
            if (string.IsNullOrWhiteSpace(target))
            {
                errors.Add("sla.targetOverrides: a target name is blank.");
            }
            else if (duration <= TimeSpan.Zero)
            {
                errors.Add($"sla.targetOverrides.{target}: must be greater than 00:00:00 (got {duration}).");
            }
        }
    }

    private static void ValidateExpectations(Expectations? expectations, List<string> errors)
    {
        if (expectations is null)
        {
            errors.Add("expectations: required.");
            return;
        }

        if (expectations.MaxErrors < 0)
        {
            errors.Add($"expectations.maxErrors: must be at least 0 (got {expectations.MaxErrors}).");
        }

        if (expectations.MaxLostEscalations < 0)
        {
            errors.Add($"expectations.maxLostEscalations: must be at least 0 (got {expectations.MaxLostEscalations}).");
        }
    }
}
