namespace Asivado.Grains.Cases;

/// <summary>What an idempotency key maps to ("intake" state): the case id made for it and the intake it was made for.</summary>
public sealed record IntakeGrainState
{
    public string? CaseId { get; init; }

    public CaseIntake? Intake { get; init; }
}
