using NodaTime;

namespace Asivado.Domain.Acknowledgements;

/// <summary>The values for a template's placeholders; the expected response is rendered in the calendar's zone.</summary>
public sealed record AcknowledgementValues(string CustomerName, string CaseReference, string ReferredTo, Instant ExpectedResponseBy);
