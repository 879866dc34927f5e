using Asivado.Domain.Contacts;

namespace Asivado.Gateway.Api.Validation;

/// <summary>The domain's contact rules (<see cref="PhoneNumbers"/>, <see cref="EmailAddresses"/>) as field errors.</summary>
public static class ContactFieldErrors
{
    public static void RequirePhone(this ValidationErrors errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, "is required");
        }
        else
        {
            OptionalPhone(errors, field, value);
        }
    }

    public static void OptionalPhone(this ValidationErrors errors, string field, string? value)
    {
        if (value is not null && !PhoneNumbers.IsPlausible(value))
        {
            errors.Add(field, $"must be a phone number: {PhoneNumbers.Rule}");
        }
    }

    public static void OptionalEmail(this ValidationErrors errors, string field, string? email)
    {
        if (email is not null && !EmailAddresses.IsPlausible(email))
        {
            errors.Add(field, "must be an e-mail address");
        }
    }
}
