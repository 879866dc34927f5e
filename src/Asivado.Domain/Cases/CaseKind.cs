namespace Asivado.Domain.Cases;

/// <summary>
/// What the contact is about. Service is the same for everyone: the model holds no age, race,
/// gender, ethnicity, religion or disability, and nothing depends on them.
/// </summary>
public enum CaseKind
{
    Complaint = 1,
    Question,
    RequestForService,
    Praise,
    ConstructiveCriticism,
}
