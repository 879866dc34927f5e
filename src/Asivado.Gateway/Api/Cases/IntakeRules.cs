using Asivado.Domain.Acknowledgements;
using Asivado.Domain.Cases;
using Asivado.Domain.Contacts;
using Asivado.Gateway.Api.Validation;

namespace Asivado.Gateway.Api.Cases;

/// <summary>The intake checks the case grain applies (the domain's rules), made here first so a bad request never reaches a grain.</summary>
public static class IntakeRules
{
    public const int MaxSubjectLength = IntakeLimits.MaxSubjectLength;
    public const int MaxDescriptionLength = IntakeLimits.MaxDescriptionLength;
    public const int MaxPostalAddressLength = IntakeLimits.MaxPostalAddressLength;

    /// <summary>What the channel needs to reply on (<see cref="ReplyRoutes"/>), as an error on the field that is missing.</summary>
    public static void RequireReplyRoute(this ValidationErrors errors, Channel channel, ContactDetails contact, string emailField, string phoneField, string postalAddressField)
    {
        if (ReplyRoutes.Missing(channel, contact) is { } missing)
        {
            errors.Add(missing switch
            {
                MissingReplyRoute.Email => emailField,
                MissingReplyRoute.Phone => phoneField,
                _ => postalAddressField,
            }, ReplyRoutes.Explain(missing));
        }
    }
}
