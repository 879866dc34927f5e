using Asivado.Grains.Departments;
using NodaTime;

namespace Asivado.Gateway.Api.Reports;

/// <summary>GET /api/reports/compliance: met and breached counts per target, one report per department.</summary>
public sealed record ComplianceReports(LocalDate From, LocalDate To, IReadOnlyList<ComplianceReport> Departments);
