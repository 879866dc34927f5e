using NodaTime;

namespace Asivado.Domain.Deadlines;

/// <summary>The clock stopped while waiting on the customer; <see cref="End"/> is null while still paused.</summary>
public sealed record PausePeriod(Instant Start, Instant? End, string Reason);
