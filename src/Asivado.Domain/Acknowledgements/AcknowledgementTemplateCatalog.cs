using System.Collections.Immutable;
using Asivado.Domain.Cases;

namespace Asivado.Domain.Acknowledgements;

/// <summary>
/// Every published revision of every acknowledgement template, like <see cref="Policies.PolicyCatalog"/>: a revision
/// must be newer than the latest of its id, old revisions stay readable. Thread-safe; reads take no lock.
/// </summary>
public sealed class AcknowledgementTemplateCatalog
{
    private readonly object _publishLock = new();
    private ImmutableDictionary<string, AcknowledgementTemplate> _revisions = ImmutableDictionary<string, AcknowledgementTemplate>.Empty.WithComparers(StringComparer.Ordinal);
    private ImmutableDictionary<string, AcknowledgementTemplate> _latest = ImmutableDictionary<string, AcknowledgementTemplate>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>A catalog holding <see cref="DefaultTemplates.All"/>.</summary>
    public static AcknowledgementTemplateCatalog WithDefaults()
    {
        var catalog = new AcknowledgementTemplateCatalog();
        foreach (var template in DefaultTemplates.All)
        {
            catalog.Publish(template);
        }

        return catalog;
    }

    /// <summary>Adds a revision; it must be greater than the latest revision of that id (ArgumentException naming "revision").</summary>
    public AcknowledgementTemplate Publish(AcknowledgementTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        lock (_publishLock)
        {
            if (_latest.TryGetValue(template.Id, out var latest) && latest.Revision >= template.Revision)
            {
                throw new ArgumentException(
                    $"template '{template.Id}' already has revision {latest.Revision}; a new revision must be greater", "revision");
            }

            _revisions = _revisions.Add(template.Reference, template);
            _latest = _latest.SetItem(template.Id, template);
        }

        return template;
    }

    /// <summary>A revision by its reference ("ack-email@r1"); null when it was never published.</summary>
    public AcknowledgementTemplate? Find(string reference) => _revisions.GetValueOrDefault(reference);

    public IEnumerable<AcknowledgementTemplate> Latest => _latest.Values;

    /// <summary>
    /// The template for acknowledging a <paramref name="kind"/> case by <paramref name="method"/>: the latest revision
    /// of a template for that method naming the kind, else of one for every kind (the lowest id when several fit);
    /// null when there is none.
    /// </summary>
    public AcknowledgementTemplate? For(ContactMethod method, CaseKind kind)
    {
        AcknowledgementTemplate? general = null;
        AcknowledgementTemplate? specific = null;
        foreach (var template in _latest.Values.OrderBy(t => t.Id, StringComparer.Ordinal))
        {
            if (template.Method != method)
            {
                continue;
            }

            if (template.Kinds.Contains(kind))
            {
                specific ??= template;
            }
            else if (template.Kinds.IsEmpty)
            {
                general ??= template;
            }
        }

        return specific ?? general;
    }
}
