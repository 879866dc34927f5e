namespace Asivado.LoadTest.Scenarios;

/// <summary>Checks "expectations", and that every expected breach can happen in time: an overridden customer-service target, due within the drain.</summary>
internal static class ExpectationsValidator
{
    /// <summary>Each case tracks its expected deliveries in one 64-bit mask: breaches × leads per department.</summary>
    public const int MaxDeliveriesPerCase = 64;

    public static void Validate(Scenario scenario, List<string> errors)
    {
        var expectations = scenario.Expectations;
        if (expectations.MaxErrors < 0)
        {
            errors.Add($"expectations.maxErrors: must be at least 0 (got {expectations.MaxErrors}).");
        }

        if (expectations.MaxLostEscalations < 0)
        {
            errors.Add($"expectations.maxLostEscalations: must be at least 0 (got {expectations.MaxLostEscalations}).");
        }

        if (expectations.ArrivalGraceSeconds < 0)
        {
            errors.Add($"expectations.arrivalGraceSeconds: must be at least 0 (got {expectations.ArrivalGraceSeconds}).");
        }

        if (expectations.Breaches is null)
        {
            errors.Add("expectations.breaches: must be a list (use [] for none).");
            return;
        }

        for (var index = 0; index < expectations.Breaches.Count; index++)
        {
            ValidateBreach(scenario, index, errors);
        }

        if (expectations.Breaches.Count > 0)
        {
            ValidateBreachesCanHappen(scenario, errors);
        }
    }

    private static void ValidateBreach(Scenario scenario, int index, List<string> errors)
    {
        var target = scenario.Expectations.Breaches[index];
        var field = $"expectations.breaches[{index}]";
        var change = scenario.Organisation.Overrides?.FirstOrDefault(candidate => candidate?.Target == target);
        if (!SeedTargets.PolicyOf.TryGetValue(target ?? "", out var policy) || policy != SeedTargets.CustomerServicePolicy)
        {
            errors.Add($"{field}: '{target}' is not a customer-service target (acknowledge, refer, respond), which every case starts on every channel.");
        }
        else if (change?.BudgetDuration is not { } budget)
        {
            errors.Add($"{field}: '{target}' has no override in organisation.overrides, so it keeps its business-day budget and cannot breach during a run.");
        }
        else if (scenario.DrainSeconds < budget.TotalSeconds + scenario.Expectations.ArrivalGraceSeconds)
        {
            errors.Add($"drainSeconds: must be at least the '{target}' budget ({budget.TotalSeconds:0.###} s) plus expectations.arrivalGraceSeconds ({scenario.Expectations.ArrivalGraceSeconds} s), so that the last case's breach is due and arrives during the drain (got {scenario.DrainSeconds}).");
        }
        else if (scenario.Expectations.Breaches.Take(index).Contains(target))
        {
            errors.Add($"{field}: '{target}' is listed more than once.");
        }
    }

    private static void ValidateBreachesCanHappen(Scenario scenario, List<string> errors)
    {
        var organisation = scenario.Organisation;
        if (organisation.Policies?.Contains(SeedTargets.CustomerServicePolicy) != true)
        {
            errors.Add($"expectations.breaches: organisation.policies must list {SeedTargets.CustomerServicePolicy}.");
        }

        if (organisation.LeadsPerDepartment < 1)
        {
            errors.Add("organisation.leadsPerDepartment: must be at least 1 when expectations.breaches is not empty: the leads receive the breaches of cases nobody is assigned to.");
        }
        else if (scenario.Expectations.Breaches.Count * organisation.LeadsPerDepartment > MaxDeliveriesPerCase)
        {
            errors.Add($"expectations.breaches: breaches × organisation.leadsPerDepartment must be at most {MaxDeliveriesPerCase} (got {scenario.Expectations.Breaches.Count * organisation.LeadsPerDepartment}).");
        }

        foreach (var kind in scenario.Intake?.Kinds?.Where(kind => !SeedTargets.CustomerServiceKinds.Contains(kind)) ?? [])
        {
            errors.Add($"intake.kinds: '{kind}' starts no customer-service targets, so its cases cannot breach (expectations.breaches); use {string.Join(", ", SeedTargets.CustomerServiceKinds)}.");
        }
    }
}
