using System.Text.RegularExpressions;

namespace Asivado.Domain.Acknowledgements;

/// <summary>
/// Standard acknowledgement language with placeholders {customerName}, {caseReference}, {referredTo}
/// and {expectedResponse}. Unknown placeholders are rejected when the template is created.
/// </summary>
public sealed partial record AcknowledgementTemplate
{
    public static readonly IReadOnlySet<string> Placeholders =
        new HashSet<string>(StringComparer.Ordinal) { "customerName", "caseReference", "referredTo", "expectedResponse" };

    public AcknowledgementTemplate(string id, ContactMethod method, string subject, string body)
    {
        Id = string.IsNullOrWhiteSpace(id) ? throw new ArgumentException("'id' is required.", nameof(id)) : id;
        Method = method;
        Subject = Validate(subject ?? "", nameof(subject));
        Body = Validate(body ?? throw new ArgumentException("'body' is required.", nameof(body)), nameof(body));
    }

    public string Id { get; }

    public ContactMethod Method { get; }

    public string Subject { get; }

    public string Body { get; }

    [GeneratedRegex(@"\{([^{}]*)\}")]
    internal static partial Regex PlaceholderPattern();

    private static string Validate(string text, string field)
    {
        foreach (Match match in PlaceholderPattern().Matches(text))
        {
            if (!Placeholders.Contains(match.Groups[1].Value))
            {
                throw new ArgumentException(
                    $"'{field}' uses unknown placeholder {match.Value}; allowed: {string.Join(", ", Placeholders.Select(p => "{" + p + "}"))}.",
                    field);
            }
        }

        return text;
    }
}
