namespace Asivado.LoadTest.Scenarios;

/// <summary>The seed policies' targets that an override may change (src/Asivado.Domain/README.md, "Policies").</summary>
public static class SeedTargets
{
    public const string CustomerServicePolicy = "asivado-customer-service";
    public const string AncsPolicy = "ancs-12356";

    public static readonly IReadOnlyList<string> Policies = [CustomerServicePolicy, AncsPolicy];

    /// <summary>Target id → its policy.</summary>
    public static readonly IReadOnlyDictionary<string, string> PolicyOf = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["acknowledge"] = CustomerServicePolicy,
        ["refer"] = CustomerServicePolicy,
        ["respond"] = CustomerServicePolicy,
        ["answer-call"] = AncsPolicy,
        ["hold"] = AncsPolicy,
        ["return-voicemail"] = AncsPolicy,
        ["reply-written"] = AncsPolicy,
    };

    /// <summary>The kinds the customer-service targets start for (on every channel); Praise and ConstructiveCriticism start none.</summary>
    public static readonly IReadOnlyList<string> CustomerServiceKinds = ["Complaint", "Question", "RequestForService"];
}
