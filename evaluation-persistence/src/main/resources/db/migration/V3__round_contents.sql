-- A whole round, stored relationally. Portable SQL: runs unchanged on H2 and PostgreSQL.
-- Every table but the header carries round_id, a foreign key to the round.
--
-- Exact numbers: points and weights are numeric(.., 2) (the domain holds them at scale 2).
-- Decimals the domain keeps at the scale they were typed with (measured values, rule parameters,
-- band bounds, thresholds, rates) are a numeric(38, 12) value plus a *_scale column, so that
-- 100 comes back as 100 and 96.5 as 96.5, never 100.000000000000.

alter table evaluation_round add column display_precision integer default 2 not null;
alter table evaluation_round add column spread_limit numeric(12, 2) default 10 not null;
alter table evaluation_round add column cloned_from uuid;
-- The notice settings: all null when the round has none.
alter table evaluation_round add column notice_title varchar(300);
alter table evaluation_round add column notice_addressee varchar(200);
alter table evaluation_round add column notice_basis_number varchar(100);
alter table evaluation_round add column notice_basis_title varchar(300);
alter table evaluation_round add column notice_programme varchar(200);
alter table evaluation_round add column notice_attachment_subject varchar(200);
alter table evaluation_round add column notice_issuer varchar(200);

-- Scheme: dimensions in scheme order, indicators in scheme order (position across the scheme).
create table round_dimension (
    round_id  uuid         not null,
    position  integer      not null,
    code      varchar(32)  not null,
    name      varchar(200) not null,
    weight    numeric(5, 2) not null,
    constraint pk_round_dimension primary key (round_id, position),
    constraint uq_round_dimension_code unique (round_id, code),
    constraint fk_round_dimension_round foreign key (round_id) references evaluation_round (id)
);

create table round_indicator (
    round_id              uuid           not null,
    position              integer        not null,
    dimension_code        varchar(32)    not null,
    code                  varchar(32)    not null,
    name                  varchar(200)   not null,
    max_points            numeric(12, 2) not null,
    method                varchar(32)    not null,
    kind                  varchar(16)    not null,
    aggregation           varchar(16)    not null,
    rule_kind             varchar(16),
    rule_value            numeric(38, 12),
    rule_value_scale      integer,
    bonus_threshold       numeric(38, 12),
    bonus_threshold_scale integer,
    constraint pk_round_indicator primary key (round_id, position),
    constraint uq_round_indicator_code unique (round_id, code),
    constraint fk_round_indicator_round foreign key (round_id) references evaluation_round (id),
    constraint fk_round_indicator_dimension foreign key (round_id, dimension_code) references round_dimension (round_id, code),
    constraint ck_round_indicator_kind check (kind in ('POINTS', 'MEASURED', 'DEDUCTION', 'VETO', 'BONUS')),
    constraint ck_round_indicator_rule check (rule_kind is null or rule_kind in ('LINEAR', 'AT_LEAST', 'AT_MOST', 'YES_NO'))
);

-- Grade bands, highest first.
create table round_grade_band (
    round_id          uuid            not null,
    position          integer         not null,
    label             varchar(50)     not null,
    lower_bound       numeric(38, 12) not null,
    lower_scale       integer         not null,
    lower_inclusive   boolean         not null,
    upper_bound       numeric(38, 12) not null,
    upper_scale       integer         not null,
    upper_inclusive   boolean         not null,
    named_in_notice   boolean         not null,
    constraint pk_round_grade_band primary key (round_id, position),
    constraint fk_round_grade_band_round foreign key (round_id) references evaluation_round (id)
);

-- Enrolled units in registry order, with the units they succeeded.
create table round_unit (
    round_id  uuid         not null,
    position  integer      not null,
    unit_id   uuid         not null,
    name      varchar(100) not null,
    constraint pk_round_unit primary key (round_id, position),
    constraint uq_round_unit unique (round_id, unit_id),
    constraint fk_round_unit_round foreign key (round_id) references evaluation_round (id)
);

create table round_unit_predecessor (
    round_id       uuid not null,
    unit_id        uuid not null,
    predecessor_id uuid not null,
    constraint pk_round_unit_predecessor primary key (round_id, unit_id, predecessor_id),
    constraint fk_round_unit_predecessor_unit foreign key (round_id, unit_id) references round_unit (round_id, unit_id)
);

create table round_withdrawal (
    round_id     uuid         not null,
    position     integer      not null,
    unit_id      uuid         not null,
    reason       varchar(500) not null,
    withdrawn_on date         not null,
    constraint pk_round_withdrawal primary key (round_id, position),
    constraint uq_round_withdrawal unique (round_id, unit_id),
    constraint fk_round_withdrawal_round foreign key (round_id) references evaluation_round (id)
);

-- Scorers and their assignments: kind UNIT (assigned unit), DIMENSION (assigned dimension),
-- AFFILIATION (a unit the scorer may never score).
create table round_scorer (
    round_id  uuid         not null,
    position  integer      not null,
    scorer_id varchar(64)  not null,
    name      varchar(100) not null,
    constraint pk_round_scorer primary key (round_id, position),
    constraint uq_round_scorer unique (round_id, scorer_id),
    constraint fk_round_scorer_round foreign key (round_id) references evaluation_round (id)
);

create table round_scorer_assignment (
    round_id   uuid        not null,
    scorer_id  varchar(64) not null,
    kind       varchar(16) not null,
    reference  varchar(64) not null,
    constraint pk_round_scorer_assignment primary key (round_id, scorer_id, kind, reference),
    constraint fk_round_scorer_assignment_scorer foreign key (round_id, scorer_id) references round_scorer (round_id, scorer_id),
    constraint ck_round_scorer_assignment_kind check (kind in ('UNIT', 'DIMENSION', 'AFFILIATION'))
);

-- One row per score entry. The key: unit, indicator, kind of entry and entry_key (the scorer of a
-- VERIFIED score, the ordinal of a VIOLATION, '' otherwise). position orders the verified scores of
-- one unit x indicator as they were recorded. Typed columns per kind:
--   VERIFIED, SELF_INSPECTED, VIOLATION: points; MEASURED: measured_value + measured_scale, or
--   measured_yes; VETO: veto_passed (+ note); VIOLATION: note; NOT_APPLICABLE: note (the reason).
create table score_entry (
    round_id       uuid            not null,
    unit_id        uuid            not null,
    indicator_code varchar(32)     not null,
    entry_kind     varchar(16)     not null,
    entry_key      varchar(64)     not null,
    position       integer         not null,
    points         numeric(12, 2),
    measured_value numeric(38, 12),
    measured_scale integer,
    measured_yes   boolean,
    veto_passed    boolean,
    note           varchar(500),
    constraint pk_score_entry primary key (round_id, unit_id, indicator_code, entry_kind, entry_key),
    constraint fk_score_entry_round foreign key (round_id) references evaluation_round (id),
    constraint ck_score_entry_kind check (entry_kind in
        ('VERIFIED', 'SELF_INSPECTED', 'MEASURED', 'VETO', 'VIOLATION', 'NOT_APPLICABLE'))
);

-- Findings in the order written, and the statistics each quotes ({0}, {1}, ...).
create table round_finding (
    round_id       uuid          not null,
    position       integer       not null,
    finding_id     uuid          not null,
    kind           varchar(16)   not null,
    unit_id        uuid,
    dimension_code varchar(32),
    text           varchar(5000) not null,
    constraint pk_round_finding primary key (round_id, position),
    constraint uq_round_finding unique (round_id, finding_id),
    constraint fk_round_finding_round foreign key (round_id) references evaluation_round (id)
);

create table round_finding_statistic (
    round_id        uuid            not null,
    finding_id      uuid            not null,
    position        integer         not null,
    indicator_code  varchar(32)     not null,
    comparison      varchar(16)     not null,
    reference_value numeric(38, 12),
    reference_scale integer,
    reference_yes   boolean,
    constraint pk_round_finding_statistic primary key (round_id, finding_id, position),
    constraint fk_round_finding_statistic_finding foreign key (round_id, finding_id) references round_finding (round_id, finding_id)
);

-- Rectification items: the round's own (carried = false) and those carried over from the round it
-- was cloned from (carried = true); raised_in names the round that raised each.
create table round_rectification (
    round_id    uuid          not null,
    carried     boolean       not null,
    position    integer       not null,
    item_id     uuid          not null,
    raised_in   uuid          not null,
    finding_id  uuid          not null,
    unit_id     uuid          not null,
    description varchar(2000) not null,
    due_on      date          not null,
    status      varchar(8)    not null,
    check_note  varchar(2000),
    constraint pk_round_rectification primary key (round_id, carried, position),
    constraint fk_round_rectification_round foreign key (round_id) references evaluation_round (id)
);

create table round_amendment (
    round_id uuid          not null,
    position integer       not null,
    what     varchar(16)   not null,
    reason   varchar(1000) not null,
    constraint pk_round_amendment primary key (round_id, position),
    constraint fk_round_amendment_round foreign key (round_id) references evaluation_round (id)
);

-- Published versions. The notice is a document model (title, sentences, sections, lists of names)
-- kept as JSON text; the standings and the corrected entries are relational and exact.
create table round_publication (
    round_id          uuid              not null,
    version           integer           not null,
    published_on      date              not null,
    correction_reason varchar(1000),
    notice_json       varchar(10000000) not null,
    constraint pk_round_publication primary key (round_id, version),
    constraint fk_round_publication_round foreign key (round_id) references evaluation_round (id)
);

create table round_publication_standing (
    round_id            uuid            not null,
    publication_version integer         not null,
    position            integer         not null,
    unit_id             uuid            not null,
    unit_name           varchar(100)    not null,
    rate                numeric(38, 12) not null,
    rate_scale          integer         not null,
    band                varchar(50)     not null,
    unit_rank           integer         not null,
    vetoed              boolean         not null,
    constraint pk_round_publication_standing primary key (round_id, publication_version, position),
    constraint fk_round_publication_standing_publication foreign key (round_id, publication_version)
        references round_publication (round_id, version)
);

create table round_publication_correction (
    round_id            uuid            not null,
    publication_version integer         not null,
    position            integer         not null,
    unit_id             uuid            not null,
    indicator_code      varchar(32)     not null,
    entry_kind          varchar(16)     not null,
    entry_key           varchar(64)     not null,
    points              numeric(12, 2),
    measured_value      numeric(38, 12),
    measured_scale      integer,
    measured_yes        boolean,
    veto_passed         boolean,
    note                varchar(500),
    constraint pk_round_publication_correction primary key (round_id, publication_version, position),
    constraint fk_round_publication_correction_publication foreign key (round_id, publication_version)
        references round_publication (round_id, version)
);

-- The results snapshot, in list order: ranked units by rank then registry order (list_position
-- 0..), unrated units (null rank, rate and band) after them. Pages are read by list_position.
create table round_result (
    round_id       uuid            not null,
    list_position  integer         not null,
    unit_id        uuid            not null,
    registry_index integer         not null,
    unit_name      varchar(100)    not null,
    unit_rank      integer,
    score_rate     numeric(38, 12),
    rate_scale     integer,
    band           varchar(50),
    named          boolean         not null,
    vetoed         boolean         not null,
    constraint pk_round_result primary key (round_id, list_position),
    constraint uq_round_result_unit unique (round_id, unit_id),
    constraint fk_round_result_round foreign key (round_id) references evaluation_round (id)
);

create index ix_round_result_rank on round_result (round_id, unit_rank, registry_index);
