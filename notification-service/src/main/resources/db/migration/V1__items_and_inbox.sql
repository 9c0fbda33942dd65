-- what readers see: one item per event a reader would care about
create table item (
    id              uuid primary key,
    kind            varchar(60)  not null,
    title           varchar(300) not null,
    summary         text         not null,
    link            varchar(500),
    partnership_id  uuid,
    source_event_id varchar(100) not null unique,
    occurred_at     timestamptz  not null,
    created_at      timestamptz  not null
);
create index item_occurred_at on item (occurred_at desc);

-- every event handled, recorded in the same transaction as its effect, so a repeat has no effect
create table processed_event (
    event_id     varchar(100) primary key,
    topic        varchar(200) not null,
    type         varchar(100) not null,
    processed_at timestamptz  not null
);
