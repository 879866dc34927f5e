namespace Asivado.Domain.Acknowledgements;

/// <summary>How the customer can be reached back; only the people who work the case see it.</summary>
public sealed record ContactDetails(string? Email = null, string? Phone = null, string? PostalAddress = null)
{
    public bool HasEmail => !string.IsNullOrWhiteSpace(Email);

    public bool HasPhone => !string.IsNullOrWhiteSpace(Phone);

    public bool HasPostalAddress => !string.IsNullOrWhiteSpace(PostalAddress);
}
