using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Asivado.Domain.Cases;

namespace Asivado.Domain.Acknowledgements;

/// <summary>
/// Standard acknowledgement language with placeholders {customerName}, {caseReference}, {referredTo}
/// and {expectedResponse}. Unknown placeholders are rejected when the template is created. Versioned like a policy:
/// <see cref="Revision"/> grows with each change and a recorded acknowledgement names the revision it used.
/// <see cref="Kinds"/> empty: for every kind; otherwise only for those (preferred over a general one).
/// </summary>
public sealed partial record AcknowledgementTemplate
{
    public static readonly IReadOnlySet<string> Placeholders =
        new HashSet<string>(StringComparer.Ordinal) { "customerName", "caseReference", "referredTo", "expectedResponse" };

    public AcknowledgementTemplate(string id, ContactMethod method, string subject, string body, int revision = 1, ImmutableArray<CaseKind> kinds = default)
    {
        Id = string.IsNullOrWhiteSpace(id) ? throw new ArgumentException("'id' is required.", nameof(id)) : id;
        Revision = revision >= 1 ? revision : throw new ArgumentException($"'revision' must be at least 1, was {revision}.", nameof(revision));
        Method = Enum.IsDefined(method) ? method : throw new ArgumentException($"'method' {method} is not a contact method.", nameof(method));
        Kinds = kinds.IsDefault ? [] : kinds;
        Subject = Validate(subject ?? "", nameof(subject));
        Body = Validate(body ?? throw new ArgumentException("'body' is required.", nameof(body)), nameof(body));
    }

    public string Id { get; }

    public int Revision { get; }

    /// <summary>"ack-email@r2": what an acknowledgement records.</summary>
    public string Reference => $"{Id}@r{Revision}";

    public ImmutableArray<CaseKind> Kinds { get; }

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
