-- a replayed answer must be byte-for-byte the first one, which jsonb (reordering keys) does not keep
alter table feed_request alter column response type text;
alter table feed_job alter column mode type varchar(20);
