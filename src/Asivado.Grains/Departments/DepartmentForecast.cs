using Asivado.Domain.Forecasting;
using NodaTime;

namespace Asivado.Grains.Departments;

/// <summary>
/// GET /api/departments/{id}/forecast: per open case (the ones agents have, then the queue in its order), when it is
/// expected to start and finish and whether that breaches its next deadline, and why.
/// </summary>
/// <param name="HandlingTime">Business time each case is expected to take.</param>
/// <param name="HandlingBasis">Where that comes from: "median handling 40 min (12 handled cases)".</param>
/// <param name="ForecastCases">How many open cases were forecast; <paramref name="Cases"/> holds the first ones up to the limit asked.</param>
/// <param name="PredictedBreaches">Of all the cases forecast, how many are expected to breach.</param>
public sealed record DepartmentForecast(
    string DepartmentId,
    Instant At,
    Duration HandlingTime,
    string HandlingBasis,
    int HandledCasesMeasured,
    int AvailableAgents,
    int FreeSlots,
    int ForecastCases,
    int PredictedBreaches,
    IReadOnlyList<CaseForecast> Cases);
