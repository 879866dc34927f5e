namespace Asivado.Orleans.PostgreSql.Membership;

/// <summary>The membership table's SQL on one schema (tables of Migrations/0002_membership.sql).</summary>
internal sealed class MembershipStatements
{
    private const string Columns =
        "s.silo_address, s.status, s.silo_name, s.host_name, s.proxy_port, s.role_name, s.update_zone, s.fault_zone, " +
        "s.start_time, s.i_am_alive_time, s.suspect_silos, s.suspect_times, s.etag";

    public MembershipStatements(string schema)
    {
        var q = $"\"{schema}\"";
        InitializeVersion = $"INSERT INTO {q}.membership_version (cluster_id, version) VALUES (@cluster_id, 0) ON CONFLICT DO NOTHING";

        // One statement, so the version and the rows are one snapshot; a cluster without a version row reads nothing.
        ReadAll = $"""
            SELECT v.version, {Columns}
            FROM {q}.membership_version v
            LEFT JOIN {q}.membership_silos s ON s.cluster_id = v.cluster_id
            WHERE v.cluster_id = @cluster_id
            """;
        ReadRow = $"""
            SELECT v.version, {Columns}
            FROM {q}.membership_version v
            LEFT JOIN {q}.membership_silos s ON s.cluster_id = v.cluster_id AND s.silo_address = @silo_address
            WHERE v.cluster_id = @cluster_id
            """;

        // Takes the version row's lock, so concurrent changes of one cluster are serialized and only one of those that
        // read the same version succeeds.
        BumpVersion = $"UPDATE {q}.membership_version SET version = @version WHERE cluster_id = @cluster_id AND version = @version - 1";
        InsertSilo = $"""
            INSERT INTO {q}.membership_silos (cluster_id, silo_address, status, silo_name, host_name, proxy_port, role_name,
                update_zone, fault_zone, start_time, i_am_alive_time, suspect_silos, suspect_times, etag)
            VALUES (@cluster_id, @silo_address, @status, @silo_name, @host_name, @proxy_port, @role_name,
                @update_zone, @fault_zone, @start_time, @i_am_alive_time, @suspect_silos, @suspect_times, 1)
            ON CONFLICT DO NOTHING
            """;
        UpdateSilo = $"""
            UPDATE {q}.membership_silos SET status = @status, silo_name = @silo_name, host_name = @host_name,
                proxy_port = @proxy_port, role_name = @role_name, update_zone = @update_zone, fault_zone = @fault_zone,
                start_time = @start_time, i_am_alive_time = @i_am_alive_time, suspect_silos = @suspect_silos,
                suspect_times = @suspect_times, etag = etag + 1
            WHERE cluster_id = @cluster_id AND silo_address = @silo_address AND etag = @etag
            """;
        UpdateIAmAlive = $"UPDATE {q}.membership_silos SET i_am_alive_time = @i_am_alive_time WHERE cluster_id = @cluster_id AND silo_address = @silo_address";
        DeleteCluster = $"DELETE FROM {q}.membership_version WHERE cluster_id = @cluster_id";

        // Orleans' contract: entries of silos that are not Active and have not been heard of since the date.
        CleanupDefunct = $"DELETE FROM {q}.membership_silos WHERE cluster_id = @cluster_id AND status <> @active AND i_am_alive_time < @before";
    }

    public string InitializeVersion { get; }

    public string ReadAll { get; }

    public string ReadRow { get; }

    public string BumpVersion { get; }

    public string InsertSilo { get; }

    public string UpdateSilo { get; }

    public string UpdateIAmAlive { get; }

    public string DeleteCluster { get; }

    public string CleanupDefunct { get; }
}
