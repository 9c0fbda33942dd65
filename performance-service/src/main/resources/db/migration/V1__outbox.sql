-- events waiting for (or already given to) Kafka; written in the same transaction as the change
create table outbox_event (
    seq            bigint generated always as identity primary key,
    id             uuid         not null unique,
    aggregate_type varchar(60)  not null,
    aggregate_id   varchar(100) not null,
    type           varchar(100) not null,
    payload        jsonb        not null,
    occurred_at    timestamptz  not null,
    sent_at        timestamptz,
    attempts       int          not null default 0,
    last_error     text
);
create index outbox_event_unsent on outbox_event (seq) where sent_at is null;
