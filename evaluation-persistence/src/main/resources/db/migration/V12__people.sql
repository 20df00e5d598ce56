-- People: an account's name, its unit (unit contacts) or affiliations (experts), and its sign-in state.
-- Portable SQL: the same migration runs on H2 and PostgreSQL.

alter table user_account add column display_name varchar(100);
alter table user_account add column unit_id uuid;
alter table user_account add column must_change_password boolean default false not null;
alter table user_account add column failed_sign_ins integer default 0 not null;
alter table user_account add column locked_until timestamp(6) with time zone;

-- The units an expert is affiliated with (conflict of interest). Units are the registry's, by id.
create table user_account_affiliation (
    user_account_id uuid not null,
    unit_id         uuid not null,
    constraint pk_user_account_affiliation primary key (user_account_id, unit_id),
    constraint fk_user_account_affiliation_account foreign key (user_account_id) references user_account (id)
);

-- The users view searches by name, page by page.
create index ix_user_account_display_name on user_account (display_name);

-- An expert's own work: the rounds that registered them, found by their username.
create index ix_round_scorer_scorer on round_scorer (scorer_id);
