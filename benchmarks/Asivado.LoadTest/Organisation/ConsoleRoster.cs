namespace Asivado.LoadTest.Organisation;

/// <summary>
/// Whom the consoles sign in as: every lead first (department by department), then agents in turn across the
/// departments (each department's first agent, then each one's second…), then the manager.
/// </summary>
public static class ConsoleRoster
{
    public static IReadOnlyList<LoadPerson> Select(LoadOrganisation organisation, int count)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return [.. Ordered(organisation).Take(count)];
    }

    private static IEnumerable<LoadPerson> Ordered(LoadOrganisation organisation)
    {
        foreach (var department in organisation.Departments)
        {
            foreach (var lead in department.Leads)
            {
                yield return lead;
            }
        }

        var most = organisation.Departments.Max(department => department.Agents.Count);
        for (var agent = 0; agent < most; agent++)
        {
            foreach (var department in organisation.Departments.Where(department => agent < department.Agents.Count))
            {
                yield return department.Agents[agent];
            }
        }

        if (organisation.Manager is { } manager)
        {
            yield return manager;
        }
    }
}
