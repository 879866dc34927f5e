namespace Asivado.LoadTest.Scenarios;

/// <summary>Case intake: how fast, and which departments, channels and kinds the generated cases use (round robin).</summary>
public sealed record IntakeSettings
{
    public static readonly IReadOnlyList<string> KnownChannels = ["Phone", "Visit", "Email", "PostalMail", "Voicemail", "WebTicket"];

    public static readonly IReadOnlyList<string> KnownKinds = ["Question", "Complaint", "Request"];

    public double RatePerSecond { get; init; }

    /// <summary>Most intake requests in flight at once. Default 1,000.</summary>
    public int MaxConcurrency { get; init; } = 1_000;

    public IReadOnlyList<string> Departments { get; init; } = [];

    public IReadOnlyList<string> Channels { get; init; } = [];

    public IReadOnlyList<string> Kinds { get; init; } = KnownKinds;
}
