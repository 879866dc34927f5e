using System.Globalization;
using Npgsql;
using NpgsqlTypes;
using Orleans;
using Orleans.Runtime;

namespace Asivado.Orleans.PostgreSql.Membership;

/// <summary>How a <see cref="MembershipEntry"/> maps to a row of membership_silos, both ways.</summary>
internal static class MembershipRows
{
    /// <summary>The table version's ETag: its number as text (it changes whenever the version does).</summary>
    public static TableVersion Version(int version) => new(version, version.ToString(CultureInfo.InvariantCulture));

    public static void AddEntry(NpgsqlCommand command, MembershipEntry entry)
    {
        command.Parameters.Add(new NpgsqlParameter<int>("status", (int)entry.Status));
        command.Parameters.Add(new NpgsqlParameter<string>("silo_name", entry.SiloName ?? string.Empty));
        command.Parameters.Add(new NpgsqlParameter<string>("host_name", entry.HostName ?? string.Empty));
        command.Parameters.Add(new NpgsqlParameter<int>("proxy_port", entry.ProxyPort));
        command.Parameters.Add(new NpgsqlParameter("role_name", NpgsqlDbType.Text) { Value = (object?)entry.RoleName ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter<int>("update_zone", entry.UpdateZone));
        command.Parameters.Add(new NpgsqlParameter<int>("fault_zone", entry.FaultZone));
        command.Parameters.Add(new NpgsqlParameter<DateTime>("start_time", Utc(entry.StartTime)));
        command.Parameters.Add(new NpgsqlParameter<DateTime>("i_am_alive_time", Utc(entry.IAmAliveTime)));
        var suspects = entry.SuspectTimes;
        command.Parameters.Add(new NpgsqlParameter("suspect_silos", NpgsqlDbType.Array | NpgsqlDbType.Text)
        {
            Value = suspects is null ? DBNull.Value : suspects.Select(static s => s.Item1.ToParsableString()).ToArray(),
        });
        command.Parameters.Add(new NpgsqlParameter("suspect_times", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz)
        {
            Value = suspects is null ? DBNull.Value : suspects.Select(static s => Utc(s.Item2)).ToArray(),
        });
    }

    public static void AddSilo(NpgsqlCommand command, SiloAddress silo) =>
        command.Parameters.Add(new NpgsqlParameter<string>("silo_address", silo.ToParsableString()));

    /// <summary>Reads the rows of <see cref="MembershipStatements.ReadAll"/> or <see cref="MembershipStatements.ReadRow"/>.</summary>
    public static async Task<MembershipTableData> ReadAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        var members = new List<Tuple<MembershipEntry, string>>();
        int? version = null;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            version = reader.GetInt32(0);
            if (!reader.IsDBNull(1))
            {
                members.Add(Tuple.Create(Entry(reader), reader.GetInt64(13).ToString(CultureInfo.InvariantCulture)));
            }
        }

        return new MembershipTableData(members, Version(version ?? 0));
    }

    private static MembershipEntry Entry(NpgsqlDataReader reader)
    {
        List<Tuple<SiloAddress, DateTime>>? suspects = null;
        if (!reader.IsDBNull(11))
        {
            var silos = reader.GetFieldValue<string[]>(11);
            var times = reader.GetFieldValue<DateTime[]>(12);
            suspects = [.. silos.Zip(times, static (silo, at) => Tuple.Create(SiloAddress.FromParsableString(silo), at))];
        }

        return new MembershipEntry
        {
            SiloAddress = SiloAddress.FromParsableString(reader.GetString(1)),
            Status = (SiloStatus)reader.GetInt32(2),
            SiloName = reader.GetString(3),
            HostName = reader.GetString(4),
            ProxyPort = reader.GetInt32(5),
            RoleName = reader.IsDBNull(6) ? null : reader.GetString(6),
            UpdateZone = reader.GetInt32(7),
            FaultZone = reader.GetInt32(8),
            StartTime = reader.GetDateTime(9),
            IAmAliveTime = reader.GetDateTime(10),
            SuspectTimes = suspects,
        };
    }

    /// <summary>timestamptz takes UTC only; Orleans' times are UTC, an unspecified kind is read as UTC too.</summary>
    private static DateTime Utc(DateTime time) => time.Kind switch
    {
        DateTimeKind.Utc => time,
        DateTimeKind.Local => time.ToUniversalTime(),
        _ => DateTime.SpecifyKind(time, DateTimeKind.Utc),
    };
}
