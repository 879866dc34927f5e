namespace Asivado.Grains.Organisation;

/// <summary>A member of staff from the organisation configuration. No age, race, gender, ethnicity, religion or disability.</summary>
/// <param name="Capacity">Concurrent case units the person can carry (a written case weighs 1; a live call takes the whole capacity).</param>
public sealed record PersonDefinition(string Id, string Name, string DepartmentId, StaffRole Role, int Capacity);
