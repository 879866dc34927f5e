using Asivado.Grains.Departments;
using NodaTime;

namespace Asivado.Gateway.Api.Reports;

/// <summary>GET /api/reports/feedback: praise against constructive criticism, one report per department.</summary>
public sealed record FeedbackReports(LocalDate From, LocalDate To, IReadOnlyList<FeedbackReport> Departments);
