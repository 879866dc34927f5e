namespace Asivado.LoadTest.Scenarios;

/// <summary>
/// The one rule for the hosts a run drives (<c>--target</c>, a scenario's <c>targets</c>): each an absolute http or
/// https base address without query or fragment, none twice; normalised to end in '/'.
/// </summary>
public static class TargetAddresses
{
    /// <param name="entries">The addresses as given.</param>
    /// <param name="field">Names an entry in an error, e.g. <c>i => $"targets[{i}]"</c>.</param>
    /// <returns>The addresses, in order, and one error per bad entry (each starting with its field).</returns>
    public static (IReadOnlyList<Uri> Addresses, IReadOnlyList<string> Errors) Parse(IReadOnlyList<string> entries, Func<int, string> field)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(field);
        var addresses = new List<Uri>(entries.Count);
        var errors = new List<string>();
        if (entries.Count == 0)
        {
            errors.Add($"{field(0)}: at least one address (e.g. http://127.0.0.1:5081).");
        }

        for (var i = 0; i < entries.Count; i++)
        {
            var text = entries[i]?.Trim() ?? "";
            if (!Uri.TryCreate(text.EndsWith('/') ? text : text + "/", UriKind.Absolute, out var address)
                || address.Scheme is not ("http" or "https") || address.Query.Length > 0 || address.Fragment.Length > 0)
            {
                errors.Add($"{field(i)}: must be an absolute http or https address without query, e.g. http://127.0.0.1:5081 (got '{text}').");
            }
            else if (addresses.Contains(address))
            {
                errors.Add($"{field(i)}: {address} is given twice.");
            }
            else
            {
                addresses.Add(address);
            }
        }

        return (addresses, errors);
    }
}
