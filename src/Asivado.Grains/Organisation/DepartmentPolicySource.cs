using Asivado.Domain.Policies;

namespace Asivado.Grains.Organisation;

/// <summary>
/// Where one of a department's effective policies comes from: the base policy's id and the department's overrides of
/// it, if any. A new revision of the base policy is re-derived from it (the overrides applied to the new revision).
/// </summary>
public sealed record DepartmentPolicySource(string BasePolicyId, DepartmentPolicyOverrides? Overrides);
