namespace Asivado.Gateway.Authorization;

/// <summary>A JSON body written as it is, with a status code.</summary>
internal sealed class JsonBytesResult(byte[] body, int statusCode) : IResult
{
    public int StatusCode { get; } = statusCode;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = StatusCode;
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        httpContext.Response.ContentLength = body.Length;
        return httpContext.Response.Body.WriteAsync(body).AsTask();
    }
}
