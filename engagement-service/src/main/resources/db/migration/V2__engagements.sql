-- what this service knows of other services, kept from their events
create table partnership_ref (
    id         uuid primary key,
    slug       varchar(120),
    name       varchar(300) not null,
    status     varchar(20)  not null,
    areas      text[]       not null default '{}',
    themes     text[]       not null default '{}',
    updated_at timestamptz  not null
);
create index partnership_ref_slug on partnership_ref (slug);

create table target_ref (
    id                  uuid primary key,
    title               varchar(400) not null,
    indicator_code      varchar(40),
    lead_partnership_id uuid,
    areas               text[]       not null default '{}',
    updated_at          timestamptz  not null
);

-- ce_id of every consumed event, written in the same transaction as its effect
create table processed_event (
    id           varchar(200) primary key,
    type         varchar(100) not null,
    processed_at timestamptz  not null
);

create table engagement (
    id                  uuid primary key,
    kind                varchar(30)   not null,
    title               varchar(300)  not null,
    summary             text,
    status              varchar(30)   not null,
    partnership_ids     uuid[]        not null,
    themes              text[]        not null default '{}',
    areas               text[]        not null default '{}',
    audiences           text[]        not null default '{}',
    target_ids          uuid[]        not null default '{}',
    starts_at           timestamptz   not null,
    ends_at             timestamptz   not null,
    place               varchar(300),
    online_url          varchar(500),
    contact_role        varchar(200),
    closed_on           date,
    feedback_due_on     date,
    overdue_notified_at timestamptz,
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null,
    search              tsvector generated always as (
        setweight(to_tsvector('english', coalesce(title, '')), 'A')
        || setweight(to_tsvector('english', coalesce(summary, '')), 'B')) stored,
    constraint engagement_dates check (ends_at >= starts_at)
);
create index engagement_search on engagement using gin (search);
create index engagement_areas on engagement using gin (areas);
create index engagement_themes on engagement using gin (themes);
create index engagement_audiences on engagement using gin (audiences);
create index engagement_starts on engagement (starts_at);
create index engagement_feedback_due on engagement (feedback_due_on)
    where status = 'closed' and overdue_notified_at is null;

create table status_change (
    id            bigint generated always as identity primary key,
    engagement_id uuid         not null references engagement (id),
    from_status   varchar(30),
    to_status     varchar(30)  not null,
    changed_at    timestamptz  not null,
    changed_by    varchar(200) not null,
    note          text
);
create index status_change_engagement on status_change (engagement_id, id);

-- aggregate counts only: breakdowns map a code (area, sector, group, age band) to a count
create table participation (
    engagement_id          uuid primary key references engagement (id),
    total                  int         not null,
    by_area                jsonb       not null default '{}',
    by_sector              jsonb       not null default '{}',
    by_population_group    jsonb       not null default '{}',
    by_age_band            jsonb       not null default '{}',
    attendees              int,
    organisations_attending int,
    contributions_received int,
    updated_at             timestamptz not null
);

create table outcome (
    engagement_id uuid primary key references engagement (id),
    we_asked      jsonb       not null,
    you_said      jsonb       not null,
    we_did        jsonb       not null,
    target_ids    uuid[]      not null default '{}',
    published_on  date,
    updated_at    timestamptz not null
);

-- array_to_string is only STABLE in general; over text[] it is immutable, which a generated column needs
create function tags_text(tags text[]) returns text language sql immutable as $$ select array_to_string(tags, ' ') $$;

create table case_study (
    id              uuid primary key,
    title           varchar(300) not null,
    partnership_ids uuid[]       not null,
    themes          text[]       not null default '{}',
    challenge       text         not null,
    what_was_done   text         not null,
    results         text         not null,
    cost_band       varchar(20),
    contact_role    varchar(200),
    lessons_learned text,
    tags            text[]       not null default '{}',
    published_at    timestamptz  not null,
    search          tsvector generated always as (
        setweight(to_tsvector('english', coalesce(title, '')), 'A')
        || setweight(to_tsvector('english', coalesce(challenge, '') || ' ' || coalesce(what_was_done, '')
            || ' ' || coalesce(results, '') || ' ' || coalesce(lessons_learned, '')), 'B')
        || setweight(to_tsvector('english', tags_text(tags)), 'A')) stored
);
create index case_study_search on case_study using gin (search);
create unique index case_study_title on case_study (lower(title));

create table case_study_reuse (
    case_study_id  uuid        not null references case_study (id),
    partnership_id uuid        not null,
    note           text,
    added_at       timestamptz not null,
    primary key (case_study_id, partnership_id)
);

-- share of an area's population in a group, to compare with who took part
create table population_share (
    area        varchar(9)    not null,
    dimension   varchar(30)   not null,
    group_code  varchar(60)   not null,
    share       numeric(6, 4) not null,
    source      varchar(300)  not null,
    illustrative boolean      not null,
    primary key (area, dimension, group_code)
);
