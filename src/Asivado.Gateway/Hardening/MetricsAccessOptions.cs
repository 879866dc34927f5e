using System.Net;

namespace Asivado.Gateway.Hardening;

/// <summary>
/// Who may scrape <see cref="GatewayTelemetry.ScrapePath"/>, bound from "Telemetry:Metrics": a request from one of
/// <see cref="AllowedNetworks"/> (CIDR; default loopback only), or a signed-in admin from anywhere.
/// </summary>
public sealed class MetricsAccessOptions
{
    public const string SectionName = "Telemetry:Metrics";

    /// <summary>Networks whose requests need no credentials, e.g. the Prometheus server's ("10.0.0.0/8"). Default: loopback.</summary>
    public IList<string> AllowedNetworks { get; } = [];

    public static readonly string[] DefaultNetworks = ["127.0.0.0/8", "::1/128"];

    /// <summary>The networks in force: <see cref="AllowedNetworks"/>, or loopback when none is configured.</summary>
    public IReadOnlyList<IPNetwork> Networks() =>
        [.. (AllowedNetworks.Count > 0 ? AllowedNetworks : DefaultNetworks).Select(Parse)];

    public static bool Contains(IReadOnlyList<IPNetwork> networks, IPAddress? address)
    {
        ArgumentNullException.ThrowIfNull(networks);
        if (address is null)
        {
            return false;
        }

        var candidate = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return networks.Any(network => network.Contains(candidate));
    }

    private static IPNetwork Parse(string network) =>
        IPNetwork.TryParse(network, out var parsed)
            ? parsed
            : throw new InvalidOperationException($"{SectionName}:AllowedNetworks: \"{network}\" is not a network in CIDR notation (like \"10.0.0.0/8\").");
}
