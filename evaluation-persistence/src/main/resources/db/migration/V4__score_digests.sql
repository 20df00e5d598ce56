-- One digest per unit of a round: SHA-256 (hex) of the unit's score rows in their recorded order.
-- A save compares these with the digests of the round in memory and reads and diffs the score rows
-- of the units whose digest differs only, so recording one score in a national round reads one
-- unit's rows, not a million. Written by the round adapter in the same transaction as the rows.
create table score_digest (
    round_id   uuid        not null,
    unit_id    uuid        not null,
    digest     varchar(64) not null,
    entry_rows integer     not null,
    constraint pk_score_digest primary key (round_id, unit_id),
    constraint fk_score_digest_round foreign key (round_id) references evaluation_round (id)
);
