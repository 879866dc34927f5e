using Asivado.Domain.Acknowledgements;
using Asivado.Domain.Cases;
using Asivado.Gateway.Api.Validation;

namespace Asivado.Gateway.Api.Cases;

/// <summary>The intake checks the case grain applies, made here first so a bad request never reaches a grain.</summary>
public static class IntakeRules
{
    public const int MaxSubjectLength = 200;
    public const int MaxDescriptionLength = 10_000;
    public const int MaxEmailLength = 254;
    public const int MaxPostalAddressLength = 1_000;

    public static void OptionalEmail(this ValidationErrors errors, string field, string? email)
    {
        if (email is null)
        {
            return;
        }

        var at = email.IndexOf('@', StringComparison.Ordinal);
        if (email.Length > MaxEmailLength || at < 1 || at == email.Length - 1 || email.Any(char.IsWhiteSpace))
        {
            errors.Add(field, "must be an e-mail address");
        }
    }

    /// <summary>What the channel needs to reply on: e-mail needs an address, voicemail a number, postal mail any way back.</summary>
    public static void RequireReplyRoute(this ValidationErrors errors, Channel channel, ContactDetails contact, string emailField, string phoneField, string postalAddressField)
    {
        switch (channel)
        {
            case Channel.Email when !contact.HasEmail:
                errors.Add(emailField, "is required for an e-mail contact");
                break;
            case Channel.Voicemail when !contact.HasPhone:
                errors.Add(phoneField, "is required to return a voicemail");
                break;
            case Channel.PostalMail when !contact.HasPostalAddress && !contact.HasEmail && !contact.HasPhone:
                errors.Add(postalAddressField, "a postal address, e-mail address or phone number is required to reply to a letter");
                break;
        }
    }
}
