using Asivado.Domain.Acknowledgements;
using NodaTime;

namespace Asivado.Domain.Deadlines;

/// <summary>The record that the customer was told (required for an extension, per the seed policy).</summary>
public sealed record CustomerNotice(Instant ToldAt, ContactMethod Method, string ToldBy);
