namespace Asivado.LoadTest.Scenarios;

/// <summary>
/// Case intake as an integration (X-Api-Key): how fast, and which channels and kinds the generated cases use
/// (round robin; departments of the organisation round robin too).
/// </summary>
public sealed record IntakeSettings
{
    public static readonly IReadOnlyList<string> KnownChannels = ["Phone", "Visit", "Email", "PostalMail", "Voicemail", "WebTicket"];

    public static readonly IReadOnlyList<string> KnownKinds = ["Complaint", "Question", "RequestForService", "Praise", "ConstructiveCriticism"];

    public double RatePerSecond { get; init; }

    /// <summary>
    /// Optional: the rate phase by phase (e.g. a burst, then the normal rate it must recover to); their seconds add
    /// up to the scenario's durationSeconds, and <see cref="RatePerSecond"/> is then the highest of them.
    /// </summary>
    public IReadOnlyList<IntakePhase> Phases { get; init; } = [];

    /// <summary>Most intake requests in flight at once. Default 1,000.</summary>
    public int MaxConcurrency { get; init; } = 1_000;

    public IReadOnlyList<string> Channels { get; init; } = [];

    /// <summary>Default Question, Complaint, RequestForService.</summary>
    public IReadOnlyList<string> Kinds { get; init; } = ["Question", "Complaint", "RequestForService"];

    /// <summary>
    /// Send <c>Prefer: return=minimal</c>, as an integration that needs only the case id would: the host answers with
    /// <c>{"id"}</c> and does not build the case view. The deadlines' due instants are then taken as the answer's
    /// arrival plus the organisation's override budgets (at least the real ones). Default false: the whole case.
    /// </summary>
    public bool MinimalResponse { get; init; }
}
