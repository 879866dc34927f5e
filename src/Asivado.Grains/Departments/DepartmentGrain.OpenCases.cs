namespace Asivado.Grains.Departments;

public sealed partial class DepartmentGrain
{
    public Task<IReadOnlyList<string>> GetOpenCaseIds() =>
        Task.FromResult<IReadOnlyList<string>>([.. _openCases.Keys.Order(StringComparer.Ordinal)]);
}
