using System.Net;

namespace PainCare.Web.Hosting;

/// <summary>The reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed; none unless configured.</summary>
public sealed record KnownProxies(IReadOnlyList<IPAddress> Addresses, IReadOnlyList<IPNetwork> Networks)
{
    public const string Setting = "PainCare:KnownProxies";

    public bool Any => Addresses.Count > 0 || Networks.Count > 0;

    /// <summary>Comma-separated addresses (<c>127.0.0.1</c>) or ranges (<c>10.0.0.0/24</c>); empty means no proxy.</summary>
    public static KnownProxies Parse(string? setting)
    {
        var addresses = new List<IPAddress>();
        var networks = new List<IPNetwork>();
        foreach (var entry in (setting ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (IPAddress.TryParse(entry, out var address) && !entry.Contains('/', StringComparison.Ordinal))
            {
                addresses.Add(address);
            }
            else if (IPNetwork.TryParse(entry, out var network))
            {
                networks.Add(network);
            }
            else
            {
                throw new InvalidSettingException($"{Setting}: '{entry}' is neither an IP address nor an address range such as 10.0.0.0/24.");
            }
        }

        return new KnownProxies(addresses, networks);
    }
}
