using System.Collections.Immutable;

namespace Asivado.Domain.Policies;

/// <summary>
/// Every published revision of every policy (including departments' effective policies). Old revisions
/// stay available for the cases computed with them. Thread-safe; reads take no lock.
/// </summary>
public sealed class PolicyCatalog
{
    private readonly object _publishLock = new();
    private ImmutableDictionary<PolicyReference, PolicyDocument> _revisions =
        ImmutableDictionary<PolicyReference, PolicyDocument>.Empty;
    private ImmutableDictionary<string, PolicyDocument> _latest =
        ImmutableDictionary<string, PolicyDocument>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>A catalog holding the two seed policies.</summary>
    public static PolicyCatalog WithDefaults()
    {
        var catalog = new PolicyCatalog();
        foreach (var policy in DefaultPolicies.All)
        {
            catalog.Publish(policy);
        }

        return catalog;
    }

    /// <summary>Adds a revision; it must be newer than the latest revision of that policy id.</summary>
    public PolicyDocument Publish(PolicyDocument policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        lock (_publishLock)
        {
            EnsureNewer(policy);
            _revisions = _revisions.Add(policy.Reference, policy);
            _latest = _latest.SetItem(policy.Id, policy);
        }

        return policy;
    }

    /// <summary>Throws (field "revision") unless <paramref name="policy"/> is newer than the latest revision of its id: the check <see cref="Publish"/> makes, for a caller that validates before it publishes.</summary>
    public void EnsureNewer(PolicyDocument policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (_latest.TryGetValue(policy.Id, out var latest) && latest.Revision >= policy.Revision)
        {
            throw new PolicyFormatException(
                "revision",
                $"policy '{policy.Id}' already has revision {latest.Revision}; a new revision must be greater");
        }
    }

    public bool Contains(PolicyReference reference) => _revisions.ContainsKey(reference);

    public PolicyDocument? FindLatest(string policyId) => _latest.GetValueOrDefault(policyId);

    public PolicyDocument Get(PolicyReference reference) =>
        _revisions.TryGetValue(reference, out var policy)
            ? policy
            : throw new KeyNotFoundException($"Policy {reference} is not published.");

    public PolicyDocument Latest(string policyId) =>
        _latest.TryGetValue(policyId, out var policy)
            ? policy
            : throw new KeyNotFoundException($"Policy '{policyId}' is not published.");
}
