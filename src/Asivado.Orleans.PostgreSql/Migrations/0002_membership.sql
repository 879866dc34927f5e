-- Orleans cluster membership (IMembershipTable, Membership/PostgreSqlMembershipTable.cs): the silos of each
-- cluster id and the cluster's table version. Every change of a row bumps the cluster's version with
-- "WHERE version = @new - 1" in the same transaction, so two silos that read the same version cannot both write.

CREATE TABLE membership_version (
    cluster_id text COLLATE "C" NOT NULL,
    version    integer          NOT NULL,
    CONSTRAINT membership_version_pk PRIMARY KEY (cluster_id)
);

CREATE TABLE membership_silos (
    cluster_id      text COLLATE "C" NOT NULL,
    -- SiloAddress.ToParsableString(): "ip:port@generation"; a restarted silo has a new generation, so a new row.
    silo_address    text COLLATE "C" NOT NULL,
    status          integer          NOT NULL,
    silo_name       text             NOT NULL,
    host_name       text             NOT NULL,
    proxy_port      integer          NOT NULL,
    role_name       text,
    update_zone     integer          NOT NULL,
    fault_zone      integer          NOT NULL,
    start_time      timestamptz      NOT NULL,
    i_am_alive_time timestamptz      NOT NULL,
    -- Death votes: the suspecting silos (parsable addresses) and when each voted, pairwise; NULL when the entry
    -- has no list (Orleans tells a null list from an empty one).
    suspect_silos   text[],
    suspect_times   timestamptz[],
    -- The row's ETag: bumped by every UpdateRow (not by UpdateIAmAlive, which only proves liveness).
    etag            bigint           NOT NULL,
    CONSTRAINT membership_silos_pk PRIMARY KEY (cluster_id, silo_address),
    CONSTRAINT membership_silos_version_fk FOREIGN KEY (cluster_id) REFERENCES membership_version (cluster_id) ON DELETE CASCADE
);
