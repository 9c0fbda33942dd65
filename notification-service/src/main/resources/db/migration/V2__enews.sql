-- items carry what readers filter on, as the events state it (no callbacks to other services)
alter table item drop column partnership_id;
alter table item alter column summary drop not null;
alter table item add column themes          text[] not null default '{}';
alter table item add column areas           text[] not null default '{}';
alter table item add column partnership_ids text[] not null default '{}';
alter table item add column partnerships    jsonb  not null default '[]';
create index item_created_at on item (created_at);

-- the area tree, from directory's area.saved events: a subscription to an area covers its sub-areas
create table area (
    code        varchar(20)  primary key,
    name        varchar(200) not null,
    type        varchar(20)  not null,
    parent_code varchar(20),
    updated_at  timestamptz  not null
);
create index area_parent on area (parent_code);

-- true when any of codes is one of roots or lies below one of them in the area tree
create function areas_cover(roots text[], codes text[]) returns boolean language sql stable as $$
    select roots && codes or exists (
        with recursive below(code) as (
            select a.code from area a where a.parent_code = any (roots)
            union
            select a.code from area a join below b on a.parent_code = b.code)
        select 1 from below where below.code = any (codes))
$$;

-- criteria match an item when every listed dimension has at least one match; an empty dimension matches all
create function criteria_match(c_themes text[], c_areas text[], c_partnerships text[], c_kinds text[],
                               i_themes text[], i_areas text[], i_partnerships text[], i_kind text)
    returns boolean language sql stable as $$
    select (cardinality(c_themes) = 0 or c_themes && i_themes)
       and (cardinality(c_kinds) = 0 or i_kind = any (c_kinds))
       and (cardinality(c_partnerships) = 0 or c_partnerships && i_partnerships)
       and (cardinality(c_areas) = 0 or areas_cover(c_areas, i_areas))
$$;

create table subscriber (
    id               uuid primary key,
    email            varchar(320) not null,
    status           varchar(20)  not null,
    confirmed_at     timestamptz,
    soft_bounces     int          not null default 0,
    suspended_reason varchar(300),
    created_at       timestamptz  not null
);
create unique index subscriber_email on subscriber (lower(email));

create table subscription (
    id            uuid primary key,
    subscriber_id uuid        not null references subscriber on delete cascade,
    themes        text[]      not null default '{}',
    areas         text[]      not null default '{}',
    partnerships  text[]      not null default '{}',
    kinds         text[]      not null default '{}',
    frequency     varchar(20) not null,
    status        varchar(20) not null,
    created_at    timestamptz not null,
    confirmed_at  timestamptz,
    cancelled_at  timestamptz
);
create index subscription_subscriber on subscription (subscriber_id);
create index subscription_active on subscription (frequency) where status = 'active';

create table edition (
    id          uuid primary key,
    month       varchar(7)   not null unique,
    title       varchar(200) not null,
    editorial   text,
    status      varchar(20)  not null,
    send_at     timestamptz,
    approved_at timestamptz,
    sent_at     timestamptz,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null
);

-- removed items stay as rows (included = false) so that the automatic drafting does not add them back
create table edition_item (
    edition_id uuid    not null references edition on delete cascade,
    item_id    uuid    not null references item,
    position   int     not null,
    included   boolean not null default true,
    primary key (edition_id, item_id)
);

-- one row per recipient per send; the unique key makes a repeated fan-out a no-op, and the address is
-- never copied here (erasing a subscriber nulls subscriber_id)
create table delivery (
    id              uuid primary key,
    subscriber_id   uuid references subscriber on delete set null,
    send_key        varchar(120) not null,
    kind            varchar(20)  not null,
    subscription_id uuid,
    edition_id      uuid,
    item_ids        text[]       not null default '{}',
    status          varchar(20)  not null,
    attempts        int          not null default 0,
    last_error      varchar(500),
    created_at      timestamptz  not null,
    claimed_at      timestamptz,
    sent_at         timestamptz,
    unique (subscriber_id, send_key)
);
create index delivery_due on delivery (created_at) where status in ('queued', 'sending');
create index delivery_subscriber on delivery (subscriber_id);

create table webhook (
    id                   uuid primary key,
    url                  varchar(2000) not null,
    secret               varchar(200)  not null,
    themes               text[]        not null default '{}',
    areas                text[]        not null default '{}',
    partnerships         text[]        not null default '{}',
    kinds                text[]        not null default '{}',
    status               varchar(20)   not null,
    self_service         boolean       not null,
    consecutive_failures int           not null default 0,
    disabled_reason      varchar(500),
    disabled_at          timestamptz,
    created_at           timestamptz   not null
);

create table webhook_delivery (
    id              uuid primary key,
    webhook_id      uuid        not null references webhook on delete cascade,
    item_id         uuid        not null references item,
    status          varchar(20) not null,
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null,
    last_status     int,
    last_error      varchar(500),
    created_at      timestamptz not null,
    delivered_at    timestamptz,
    unique (webhook_id, item_id)
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'pending';
