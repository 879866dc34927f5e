using Asivado.Domain.Acknowledgements;
using NodaTime;

namespace Asivado.Gateway.Api.Cases.Actions;

/// <summary>When, how and by whom the customer was told the new date (required for an extension).</summary>
public sealed record CustomerNoticeRequest(Instant? ToldAt, ContactMethod? Method, string? ToldBy);
