-- messages from other services already handled, so a repeat delivery changes nothing
create table processed_event (
    event_id     varchar(100) primary key,
    type         varchar(100) not null,
    processed_at timestamptz  not null
);

-- partnerships as directory-service announces them (directory.events partnership.*)
create table partnership (
    id         uuid primary key,
    slug       varchar(200),
    name       varchar(300) not null,
    status     varchar(20)  not null,
    areas      text[]       not null default '{}',
    themes     text[]       not null default '{}',
    updated_at timestamptz  not null
);

-- areas as directory-service announces them (directory.events area.saved)
create table area (
    code        varchar(20) primary key,
    name        varchar(300) not null,
    type        varchar(20)  not null,
    parent_code varchar(20)
);

create table indicator (
    code       varchar(40) primary key,
    title      varchar(300) not null,
    definition text,
    unit       varchar(60)  not null,
    polarity   varchar(10)  not null check (polarity in ('higher', 'lower')),
    frequency  varchar(10)  not null check (frequency in ('quarterly', 'annual')),
    source     varchar(300),
    created_at timestamptz  not null
);

create table agreement (
    id               uuid primary key,
    name             varchar(300) not null unique,
    area_code        varchar(20)  not null,
    first_year       int          not null,
    last_year        int          not null check (last_year >= first_year),
    accountable_body varchar(300) not null,
    created_at       timestamptz  not null
);

create table target (
    id                  uuid primary key,
    agreement_id        uuid         not null references agreement (id),
    indicator_code      varchar(40)  not null references indicator (code),
    area_code           varchar(20)  not null,
    lead_partnership_id uuid         not null,
    contributing        uuid[]       not null default '{}',
    theme               varchar(60)  not null,
    created_at          timestamptz  not null,
    unique (agreement_id, indicator_code, area_code)
);
create index target_indicator_area on target (indicator_code, area_code);

-- every version of a target's figures; the one in force for a period is the latest effective by its end
create table target_version (
    id              uuid primary key,
    target_id       uuid          not null references target (id),
    version         int           not null,
    effective_from  date          not null,
    reason          text          not null,
    approved_by     varchar(300)  not null,
    baseline_value  numeric(20,4) not null,
    baseline_period varchar(12)   not null,
    yearly_targets  jsonb         not null,
    amber_tolerance numeric(8,3)  not null,
    created_at      timestamptz   not null,
    created_by      varchar(200)  not null,
    unique (target_id, version)
);

create table indicator_value (
    id             uuid primary key,
    indicator_code varchar(40)   not null references indicator (code),
    area_code      varchar(20)   not null,
    period         varchar(12)   not null,
    value          numeric(20,4) not null,
    status         varchar(12)   not null,
    source         varchar(300),
    note           text,
    created_at     timestamptz   not null,
    updated_at     timestamptz   not null,
    unique (indicator_code, area_code, period)
);

-- every change to a value: who, when, why, and what it was before
create table value_change (
    id         bigint generated always as identity primary key,
    value_id   uuid          not null references indicator_value (id),
    changed_at timestamptz   not null,
    changed_by varchar(200)  not null,
    reason     text,
    value      numeric(20,4) not null,
    status     varchar(12)   not null,
    source     varchar(300),
    note       text,
    previous_value  numeric(20,4),
    previous_status varchar(12)
);
create index value_change_value on value_change (value_id, id);

create table period_lock (
    period    varchar(12) primary key,
    locked_at timestamptz  not null,
    locked_by varchar(200) not null,
    reason    text         not null
);

-- the last RAG published for each target, so target.status-changed goes out only on a real change
create table target_rag (
    target_id  uuid primary key references target (id),
    period     varchar(12) not null,
    status     varchar(10) not null,
    changed_at timestamptz not null
);

create table milestone (
    id                 uuid primary key,
    target_id          uuid         not null references target (id),
    title              varchar(300) not null,
    due_on             date         not null,
    lead               varchar(300),
    status             varchar(20)  not null,
    completed_on       date,
    overdue_published_at timestamptz,
    created_at         timestamptz  not null
);
create index milestone_open on milestone (due_on) where status <> 'completed' and overdue_published_at is null;

create table risk (
    id          uuid primary key,
    target_id   uuid         not null references target (id),
    description text         not null,
    likelihood  int          not null check (likelihood between 1 and 5),
    impact      int          not null check (impact between 1 and 5),
    mitigation  text,
    owner       varchar(300),
    created_at  timestamptz  not null
);

-- a feed's answer kept under its Idempotency-Key, replayed for the same body
create table feed_request (
    idempotency_key varchar(200) primary key,
    body_hash       varchar(64)  not null,
    status_code     int          not null,
    response        jsonb        not null,
    location        varchar(300),
    created_at      timestamptz  not null
);

-- large feeds run in the background; the rows wait here so a restart can run them again
create table feed_job (
    id          uuid primary key,
    status      varchar(12)  not null,
    mode        varchar(12)  not null,
    dry_run     boolean      not null,
    format      varchar(10)  not null,
    body        text,
    submitted_by varchar(200) not null,
    may_change_locked boolean not null default false,
    reason      text,
    rows_total  int          not null default 0,
    rows_done   int          not null default 0,
    summary     jsonb,
    error       text,
    created_at  timestamptz  not null,
    started_at  timestamptz,
    finished_at timestamptz
);
