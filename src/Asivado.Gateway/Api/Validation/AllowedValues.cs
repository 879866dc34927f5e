namespace Asivado.Gateway.Api.Validation;

/// <summary>The one wording of "this field takes one of these names", for the JSON reader and the request checks alike.</summary>
public static class AllowedValues
{
    public static string OneOf<TEnum>()
        where TEnum : struct, Enum => $"must be one of {string.Join(", ", Enum.GetNames<TEnum>())}";
}
