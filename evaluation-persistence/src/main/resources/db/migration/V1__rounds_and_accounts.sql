-- Portable SQL: the same migration runs on H2 (embedded default) and PostgreSQL (production).

create table evaluation_round (
    id              uuid         not null,
    evaluation_year integer      not null,
    title           varchar(200) not null,
    status          varchar(16)  not null,
    version         bigint       not null,
    constraint pk_evaluation_round primary key (id),
    constraint ck_evaluation_round_status check (status in ('DRAFT', 'OPEN', 'CLOSED', 'PUBLISHED')),
    constraint ck_evaluation_round_year check (evaluation_year between 2000 and 2100)
);

-- The rounds list is ordered newest year first.
create index ix_evaluation_round_year on evaluation_round (evaluation_year desc, title);

create table user_account (
    id            uuid         not null,
    username      varchar(64)  not null,
    password_hash varchar(255) not null,
    enabled       boolean      not null,
    version       bigint       not null,
    constraint pk_user_account primary key (id),
    constraint uq_user_account_username unique (username)
);

create table user_account_role (
    user_account_id uuid        not null,
    role            varchar(32) not null,
    constraint pk_user_account_role primary key (user_account_id, role),
    constraint fk_user_account_role_account foreign key (user_account_id) references user_account (id),
    constraint ck_user_account_role check (role in ('ADMIN', 'EXPERT', 'UNIT_CONTACT', 'AUDITOR', 'SYSTEM'))
);
