using System.Net;

namespace Asivado.Intake.Benchmarks.Intake;

/// <summary>POST /api/cases answered something other than 201 Created.</summary>
internal sealed class IntakeStatusException(HttpStatusCode status, string body)
    : Exception($"POST /api/cases answered {(int)status}: {body}")
{
    public HttpStatusCode Status { get; } = status;
}
