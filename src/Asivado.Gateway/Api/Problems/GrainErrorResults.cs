using Asivado.Grains.Common;

namespace Asivado.Gateway.Api.Problems;

/// <summary>
/// The one mapping from a grain's refusal to HTTP: InvalidArgument → 400 validation problem naming the field,
/// NotFound → 404, Conflict → 409, Forbidden → 403, each as problem details.
/// </summary>
public static class GrainErrorResults
{
    /// <summary>The field named when a grain reports an invalid argument without saying which.</summary>
    public const string UnnamedField = "body";

    public static IResult ToResult(this GrainError error, Func<string, string>? renameField = null)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Kind switch
        {
            GrainErrorKind.InvalidArgument => TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [Rename(error.Field, renameField)] = [error.Message] }),
            GrainErrorKind.NotFound => Problem(StatusCodes.Status404NotFound, "Not found", error.Message),
            GrainErrorKind.Conflict => Problem(StatusCodes.Status409Conflict, "Conflict", error.Message),
            GrainErrorKind.Forbidden => Problem(StatusCodes.Status403Forbidden, "Forbidden", error.Message),
            _ => throw new ArgumentOutOfRangeException(nameof(error), error.Kind, "Unknown grain error kind."),
        };
    }

    /// <summary>The value as 200 OK, or the error mapped as above.</summary>
    public static IResult ToOk<T>(this GrainResult<T> result, Func<string, string>? renameField = null)
        where T : class =>
        result.Succeeded ? TypedResults.Ok(result.Value) : result.Error.ToResult(renameField);

    public static IResult NotFound(string what, string id) =>
        Problem(StatusCodes.Status404NotFound, "Not found", $"No {what} has the id '{id}'.");

    private static IResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title);

    private static string Rename(string? field, Func<string, string>? renameField)
    {
        var name = string.IsNullOrEmpty(field) ? UnnamedField : field;
        return renameField is null ? name : renameField(name);
    }
}
