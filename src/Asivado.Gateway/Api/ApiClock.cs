using NodaTime;

namespace Asivado.Gateway.Api;

public static class ApiClock
{
    /// <summary>Now on the host's clock (a FakeTimeProvider in tests), as a NodaTime instant.</summary>
    public static Instant GetCurrentInstant(this TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return Instant.FromDateTimeOffset(time.GetUtcNow());
    }
}
