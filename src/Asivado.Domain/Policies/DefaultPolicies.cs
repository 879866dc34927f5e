namespace Asivado.Domain.Policies;

/// <summary>The two seed policies, embedded as resources from Policies/Defaults/*.json.</summary>
public static class DefaultPolicies
{
    public const string CustomerServiceStandardId = "asivado-customer-service";
    public const string Ancs12356Id = "ancs-12356";

    private static readonly Lazy<PolicyDocument> CustomerServiceStandardLazy = new(() => Load($"{CustomerServiceStandardId}.json"));
    private static readonly Lazy<PolicyDocument> Ancs12356Lazy = new(() => Load($"{Ancs12356Id}.json"));

    /// <summary>Acknowledge and refer within 1 business day, substantive response within 7.</summary>
    public static PolicyDocument CustomerServiceStandard => CustomerServiceStandardLazy.Value;

    /// <summary>3 rings, hold under 1 minute, voicemail within the hour, e-mail/ticket within 2 hours.</summary>
    public static PolicyDocument Ancs12356 => Ancs12356Lazy.Value;

    public static IReadOnlyList<PolicyDocument> All => [CustomerServiceStandard, Ancs12356];

    private static PolicyDocument Load(string fileName)
    {
        var assembly = typeof(DefaultPolicies).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + fileName, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        return PolicyJson.ParsePolicy(stream);
    }
}
