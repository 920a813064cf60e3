-- Fetch jobs, kept by db-scheduler (its own table, in its documented shape, with portable types): a job outlives
-- a restart or a kill, and several nodes on one PostgreSQL share them.
create table scheduled_tasks (
    task_name varchar(100) not null,
    task_instance varchar(200) not null,
    task_data bytea,
    execution_time timestamp(6) with time zone not null,
    picked boolean not null,
    picked_by varchar(100),
    last_success timestamp(6) with time zone,
    last_failure timestamp(6) with time zone,
    consecutive_failures integer,
    last_heartbeat timestamp(6) with time zone,
    version bigint not null,
    priority smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time on scheduled_tasks (priority desc, execution_time asc);

-- How many times a source's page was asked for, and when it will be asked again after a temporary failure.
alter table sources add column fetch_attempts integer default 0 not null;
alter table sources add column next_attempt_at timestamp(6) with time zone;
