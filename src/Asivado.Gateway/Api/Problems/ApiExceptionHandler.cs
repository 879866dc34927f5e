using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Orleans.Runtime.Messaging;

namespace Asivado.Gateway.Api.Problems;

/// <summary>
/// Turns what escapes an endpoint into problem details: a body that cannot be read (malformed JSON, an unknown
/// field, a value of the wrong type, a missing body) is a 400 validation problem naming the field ("body" when
/// the JSON itself is broken); a body over the endpoint's limit 413; a grain call that timed out, or that went to a
/// silo that has just died (until the cluster declares it dead and moves its grains), 503; anything
/// else 500 with no exception text or stack trace. Values from the request are never echoed (they may be personal).
/// </summary>
internal sealed partial class ApiExceptionHandler(IProblemDetailsService problemDetails, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public const string BodyField = "body";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            BadHttpRequestException bad => FromBadRequest(bad),
            TimeoutException => new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Service busy",
                Detail = "The request took too long to complete; it is safe to retry with the same Idempotency-Key.",
            },
            OrleansMessageRejectionException or ConnectionFailedException => new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Service busy",
                Detail = "A silo of the cluster is unavailable while the others take over its work; it is safe to retry with the same Idempotency-Key.",
            },
            _ => new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "An unexpected error occurred",
            },
        };

        if (problem is HttpValidationProblemDetails validation)
        {
            LogRejectedBody(logger, httpContext.Request.Method, httpContext.Request.Path, string.Join(", ", validation.Errors.Keys));
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem });
    }

    private static ProblemDetails FromBadRequest(BadHttpRequestException exception)
    {
        switch (exception.StatusCode)
        {
            case StatusCodes.Status413PayloadTooLarge:
                return new ProblemDetails { Status = exception.StatusCode, Title = "Request body too large", Detail = "The request body is larger than this endpoint accepts." };
            case StatusCodes.Status415UnsupportedMediaType:
                return new ProblemDetails { Status = exception.StatusCode, Title = "Unsupported media type", Detail = "Send the body as application/json." };
        }

        var (field, message) = exception.InnerException is JsonException json
            ? Describe(json)
            : (BodyField, "a JSON body is required");
        return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
        };
    }

    private static (string Field, string Message) Describe(JsonException exception)
    {
        // Broken syntax surfaces as System.Text.Json's internal JsonReaderException: the document, not a field, is at fault.
        if (exception.InnerException?.GetType().Name == "JsonReaderException")
        {
            return (BodyField, "is not valid JSON");
        }

        var field = ToField(exception.Path);
        if (exception.Message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
        {
            return (field, "is not a recognised field");
        }

        if (exception.Message.StartsWith("Duplicate ", StringComparison.Ordinal))
        {
            return (field, "is given more than once");
        }

        // System.Text.Json's own messages name .NET types; our converters' messages describe the expected format.
        var message = exception.Message.Contains(" Path: ", StringComparison.Ordinal) ? "has a value of the wrong type or format" : exception.Message;
        return (field, message);
    }

    /// <summary>"$.customer.name" → "customer.name", "$.reasons[1]" → "reasons[1]", "$" → "body".</summary>
    internal static string ToField(string? path) => path switch
    {
        null or "" or "$" => BodyField,
        _ when path.StartsWith("$.", StringComparison.Ordinal) => path[2..],
        _ when path.StartsWith('$') => path[1..],
        _ => path,
    };
}
