-- Hibernate Search's outbox-polling coordination (the elasticsearch profile, several nodes): each change to an
-- indexed entity is written here in the same transaction, and an event processor on some node sends it to the
-- shared index; the agents table says which nodes are running and which shard of the events each one takes.
-- Empty and unused with the embedded Lucene index (one node). The layout is Hibernate Search 8.2's, as its
-- schema generation writes it for H2 (payloads are BLOBs here, bytea on PostgreSQL; hence one file per database).
create table hsearch_outbox_event (
    id uuid not null,
    entity_name varchar(256) not null,
    entity_id varchar(256) not null,
    entity_id_hash integer not null,
    tenant_id varchar(255),
    payload blob not null,
    retries integer not null,
    process_after timestamp(6) with time zone not null,
    status varchar(255) not null check (status in ('PENDING', 'ABORTED')),
    primary key (id)
);
create index processAfter on hsearch_outbox_event (process_after);

create table hsearch_agent (
    id uuid not null,
    type varchar(255) not null
        check (type in ('EVENT_PROCESSING_DYNAMIC_SHARDING', 'EVENT_PROCESSING_STATIC_SHARDING', 'MASS_INDEXING')),
    name varchar(255) not null,
    tenant_id varchar(255),
    expiration timestamp(6) with time zone not null,
    state varchar(255) not null check (state in ('RUNNING', 'WAITING', 'SUSPENDED')),
    total_shard_count integer,
    assigned_shard_index integer,
    payload blob,
    primary key (id)
);
