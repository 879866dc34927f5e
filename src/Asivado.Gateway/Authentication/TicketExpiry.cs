namespace Asivado.Gateway.Authentication;

/// <summary>When a validated token's sign-in ends, as the authentication ticket's ExpiresUtc.</summary>
public static class TicketExpiry
{
    /// <summary>
    /// The token's expiry (<paramref name="validTo"/>, on the host's clock <paramref name="time"/>, which issues and
    /// validates tokens) moved onto the system clock, which SignalR's connection manager compares the ticket with when
    /// it closes connections whose authentication expired. With the system clock as the host's (production) this is
    /// <paramref name="validTo"/> itself; with a test's fake clock the token keeps exactly the time it has left.
    /// </summary>
    public static DateTimeOffset OnSystemClock(DateTime validTo, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var expires = new DateTimeOffset(DateTime.SpecifyKind(validTo, DateTimeKind.Utc));
        return ReferenceEquals(time, TimeProvider.System) ? expires : DateTimeOffset.UtcNow + (expires - time.GetUtcNow());
    }
}
