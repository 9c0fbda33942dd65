-- the area tree as directory-service announces it (area.saved), so that a county-wide engagement
-- is seen to reach the same people as one in a district of that county
create table area_ref (
    code        varchar(9) primary key,
    name        varchar(200) not null,
    parent_code varchar(9),
    updated_at  timestamptz  not null
);

-- the given codes with all their ancestors
create function area_with_ancestors(codes text[]) returns text[] language sql stable as $$
    with recursive up(code) as (
        select unnest(codes)
        union
        select a.parent_code from area_ref a join up on a.code = up.code where a.parent_code is not null
    )
    select coalesce(array_agg(code), '{}') from up
$$;
