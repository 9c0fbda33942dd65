-- Run once by the postgres image, on first start with an empty data volume
-- (/docker-entrypoint-initdb.d). One database per service, each owned by that
-- service's own login role, so no service can read another's database.
-- The passwords are for the local compose stack only; docker-compose.yml repeats them.

CREATE ROLE directory_app LOGIN PASSWORD 'directory-local';
CREATE DATABASE directory OWNER directory_app;

CREATE ROLE performance_app LOGIN PASSWORD 'performance-local';
CREATE DATABASE performance OWNER performance_app;

CREATE ROLE engagement_app LOGIN PASSWORD 'engagement-local';
CREATE DATABASE engagement OWNER engagement_app;

CREATE ROLE notification_app LOGIN PASSWORD 'notification-local';
CREATE DATABASE notification OWNER notification_app;

-- nobody but the owner connects to a service's database
REVOKE CONNECT ON DATABASE directory, performance, engagement, notification FROM PUBLIC;
