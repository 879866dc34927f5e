namespace Asivado.Gateway.Api.Validation;

/// <summary>
/// The problems found in one request, keyed by the camelCase JSON path of the field at fault ("customer.name",
/// "reasons[1]"). A request is checked completely, so the caller sees every bad field at once.
/// </summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool HasErrors => _errors.Count > 0;

    public bool Has(string field) => _errors.ContainsKey(field);

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            messages = [];
            _errors.Add(field, messages);
        }

        messages.Add(message);
    }

    public IDictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);

    public IResult ToResult() => TypedResults.ValidationProblem(ToDictionary());
}
