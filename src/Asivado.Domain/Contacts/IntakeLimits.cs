namespace Asivado.Domain.Contacts;

/// <summary>How long the free-text fields of a contact may be: the one set of limits the API and the case grain apply.</summary>
public static class IntakeLimits
{
    public const int MaxSubjectLength = 200;
    public const int MaxDescriptionLength = 10_000;
    public const int MaxNameLength = 200;
    public const int MaxPostalAddressLength = 1_000;
    public const int MaxCallIdLength = 200;
}
