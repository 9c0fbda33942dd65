-- ONS GSS areas; a county contains districts, a district wards
create table area (
    code        varchar(12)  primary key,
    name        varchar(200) not null,
    type        varchar(20)  not null,
    parent_code varchar(12)  references area (code),
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null default 0
);
create index area_parent on area (parent_code);

-- the Pride of Place taxonomy: every service uses these codes verbatim, so they exist from the start
create table theme (
    code        varchar(60)  primary key,
    name        varchar(200) not null,
    kind        varchar(20)  not null,
    parent_code varchar(60)  references theme (code),
    description text
);
insert into theme (code, name, kind, description) values
 ('economy-jobs-prosperity', 'Economy, jobs and prosperity', 'theme', 'A thriving local economy with good jobs'),
 ('transport-access-communications', 'Transport, access and communications', 'theme', 'Getting about, reaching services and staying connected'),
 ('housing', 'Housing', 'theme', 'Decent, affordable homes'),
 ('environment-climate-change', 'Environment and climate change', 'theme', 'Protecting the environment and tackling climate change'),
 ('education-learning-skills', 'Education, learning and skills', 'theme', 'Learning at every age'),
 ('health-wellbeing', 'Health and wellbeing', 'theme', 'Healthier lives and less health inequality'),
 ('community-safety', 'Community safety', 'theme', 'Less crime and less fear of crime'),
 ('community-strength-leadership', 'Community strength and leadership', 'theme', 'Strong, active communities able to influence decisions'),
 ('culture-sports-leisure', 'Culture, sports and leisure', 'theme', 'Things to do, see and take part in'),
 ('older-people', 'Older people', 'population-group', 'A population group every theme considers'),
 ('children-young-people', 'Children and young people', 'population-group', 'A population group every theme considers'),
 ('reducing-inequalities', 'Reducing inequalities (narrowing the gap)', 'cross-cutting', 'A priority across all themes'),
 ('being-sustainable', 'Being sustainable', 'cross-cutting', 'A priority across all themes'),
 ('effective-services', 'Delivering effective services', 'cross-cutting', 'A priority across all themes');

alter table partnership
    add column statutory         boolean      not null default false,
    add column parent_id         uuid         references partnership (id),
    add column vision            text,
    add column priorities        text[]       not null default '{}',
    add column status            varchar(20)  not null default 'active',
    add column established_on    date,
    add column dissolved_on      date,
    add column website           varchar(500),
    add column contact_email     varchar(254),
    add column meeting_frequency varchar(100),
    add column board_size        int,
    add column search            tsvector;
create index partnership_parent on partnership (parent_id);
create index partnership_updated on partnership (updated_at);
create index partnership_search on partnership using gin (search);

-- array_to_string is not immutable, so a trigger (not a generated column) keeps the search vector
create function partnership_search_vector() returns trigger language plpgsql as $$
begin
    new.search := setweight(to_tsvector('english', coalesce(new.name, '')), 'A')
               || setweight(to_tsvector('english', coalesce(new.vision, '')), 'B')
               || setweight(to_tsvector('english', coalesce(array_to_string(new.priorities, ' '), '')), 'B');
    return new;
end $$;
create trigger partnership_search_update before insert or update on partnership
    for each row execute function partnership_search_vector();
update partnership set name = name;

create table partnership_area (
    partnership_id uuid        not null references partnership (id) on delete cascade,
    area_code      varchar(12) not null references area (code),
    primary key (partnership_id, area_code)
);
create index partnership_area_code on partnership_area (area_code);

create table partnership_theme (
    partnership_id uuid        not null references partnership (id) on delete cascade,
    theme_code     varchar(60) not null references theme (code),
    primary key (partnership_id, theme_code)
);
create index partnership_theme_code on partnership_theme (theme_code);

-- the LSPs a thematic partnership reports to
create table partnership_lsp (
    partnership_id uuid not null references partnership (id) on delete cascade,
    lsp_id         uuid not null references partnership (id),
    primary key (partnership_id, lsp_id)
);

create table organisation (
    id          uuid primary key,
    slug        varchar(120) not null unique,
    name        varchar(200) not null,
    sector      varchar(40)  not null,
    duty_kind   varchar(40),
    website     varchar(500),
    identifiers text[]       not null default '{}',
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null default 0,
    search      tsvector generated always as (to_tsvector('english', name)) stored
);
create index organisation_search on organisation using gin (search);
create index organisation_updated on organisation (updated_at);

-- email and phone are private: stored for coordinators, never returned by the API
create table person (
    id          uuid primary key,
    name        varchar(200) not null,
    public_role varchar(200),
    email       varchar(254),
    phone       varchar(40),
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null default 0
);
create index person_updated on person (updated_at);

create table post (
    id             uuid primary key,
    partnership_id uuid         not null references partnership (id) on delete cascade,
    title          varchar(200) not null,
    sector         varchar(40),
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null
);
create index post_partnership on post (partnership_id);

create table membership (
    id              uuid primary key,
    person_id       uuid        not null references person (id),
    partnership_id  uuid        not null references partnership (id) on delete cascade,
    organisation_id uuid        references organisation (id),
    post_id         uuid        references post (id),
    role            varchar(30) not null,
    starts_on       date        not null,
    ends_on         date,
    voting          boolean     not null default true,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    version         bigint      not null default 0
);
create index membership_partnership on membership (partnership_id);
create index membership_person on membership (person_id);
create index membership_post on membership (post_id);
create index membership_updated on membership (updated_at);

create table meeting (
    id             uuid primary key,
    partnership_id uuid         not null references partnership (id) on delete cascade,
    title          varchar(200) not null,
    starts_at      timestamptz  not null,
    ends_at        timestamptz  not null,
    place          varchar(300),
    public         boolean      not null default true,
    status         varchar(20)  not null default 'scheduled',
    agenda         jsonb        not null default '[]',
    documents      jsonb        not null default '[]',
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null,
    version        bigint       not null default 0
);
create index meeting_partnership on meeting (partnership_id, starts_at);
create index meeting_updated on meeting (updated_at);

create table glossary_term (
    id         uuid primary key,
    slug       varchar(120) not null unique,
    term       varchar(120) not null,
    expansion  varchar(300),
    definition text         not null,
    created_at timestamptz  not null,
    updated_at timestamptz  not null,
    version    bigint       not null default 0
);
create table glossary_term_partnership (
    term_id        uuid not null references glossary_term (id) on delete cascade,
    partnership_id uuid not null references partnership (id) on delete cascade,
    primary key (term_id, partnership_id)
);
create table glossary_term_theme (
    term_id    uuid        not null references glossary_term (id) on delete cascade,
    theme_code varchar(60) not null references theme (code),
    primary key (term_id, theme_code)
);

-- what was deleted and when, so incremental sync (modified_after) can tell clients to drop it
create table tombstone (
    resource   varchar(40)  not null,
    id         varchar(120) not null,
    deleted_at timestamptz  not null,
    primary key (resource, id)
);
create index tombstone_deleted on tombstone (resource, deleted_at);

-- LAA targets a partnership leads or contributes to, from performance.events
create table accountability (
    target_id       uuid         not null,
    partnership_id  uuid         not null,
    role            varchar(20)  not null,
    indicator_code  varchar(40),
    indicator_title varchar(300),
    title           varchar(400),
    status          varchar(10),
    period          varchar(20),
    url             varchar(500),
    updated_at      timestamptz  not null,
    primary key (target_id, partnership_id)
);
create index accountability_partnership on accountability (partnership_id);

create table processed_event (
    id           varchar(100) primary key,
    type         varchar(100),
    processed_at timestamptz not null
);
