-- Credentials of callers authenticating with HTTP Basic (the embedded default; production uses
-- bearer tokens). Secrets are stored only as salted PBKDF2 hashes.
create table api_credential (
    username       varchar(100)  not null primary key,
    password_hash  varchar(200)  not null,
    roles          varchar(200)  not null,
    created_at     timestamp(6) with time zone not null,
    created_by     varchar(200)  not null
);
