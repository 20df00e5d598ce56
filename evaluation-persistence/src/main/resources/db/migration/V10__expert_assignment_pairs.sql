-- Experts are assigned explicit unit x dimension pairs. Before, a scorer had a set of units and a set of
-- dimensions, an empty set meaning "all", and a unit contact was recognised by the shape of its rows.
-- Existing scorers keep exactly what they could score: their product is written out as pairs (less the
-- units they are affiliated with, which they could never score), and contacts are marked as such.

alter table round_scorer add column kind varchar(16) default 'EXPERT' not null;
alter table round_scorer add constraint ck_round_scorer_kind check (kind in ('EXPERT', 'UNIT_CONTACT'));

create table round_scorer_pair (
    round_id       uuid        not null,
    scorer_id      varchar(64) not null,
    unit_id        uuid        not null,
    dimension_code varchar(32) not null,
    constraint pk_round_scorer_pair primary key (round_id, scorer_id, unit_id, dimension_code),
    constraint fk_round_scorer_pair_scorer foreign key (round_id, scorer_id) references round_scorer (round_id, scorer_id)
);

-- What Scorer.unitContact stored: its unit as its only UNIT row and its only AFFILIATION row, no DIMENSION row.
update round_scorer set kind = 'UNIT_CONTACT'
where (select count(*) from round_scorer_assignment a
       where a.round_id = round_scorer.round_id and a.scorer_id = round_scorer.scorer_id and a.kind = 'UNIT') = 1
  and (select count(*) from round_scorer_assignment a
       where a.round_id = round_scorer.round_id and a.scorer_id = round_scorer.scorer_id and a.kind = 'AFFILIATION') = 1
  and not exists (select 1 from round_scorer_assignment a
       where a.round_id = round_scorer.round_id and a.scorer_id = round_scorer.scorer_id and a.kind = 'DIMENSION')
  and exists (select 1 from round_scorer_assignment a
       join round_scorer_assignment f on f.round_id = a.round_id and f.scorer_id = a.scorer_id
            and f.kind = 'AFFILIATION' and f.reference = a.reference
       where a.round_id = round_scorer.round_id and a.scorer_id = round_scorer.scorer_id and a.kind = 'UNIT');

insert into round_scorer_pair (round_id, scorer_id, unit_id, dimension_code)
select s.round_id, s.scorer_id, u.unit_id, d.code
from round_scorer s
join round_unit u on u.round_id = s.round_id
join round_dimension d on d.round_id = s.round_id
where s.kind = 'EXPERT'
  and (not exists (select 1 from round_scorer_assignment a
                   where a.round_id = s.round_id and a.scorer_id = s.scorer_id and a.kind = 'UNIT')
       or exists (select 1 from round_scorer_assignment a
                  where a.round_id = s.round_id and a.scorer_id = s.scorer_id and a.kind = 'UNIT'
                    and a.reference = cast(u.unit_id as varchar(64))))
  and (not exists (select 1 from round_scorer_assignment a
                   where a.round_id = s.round_id and a.scorer_id = s.scorer_id and a.kind = 'DIMENSION')
       or exists (select 1 from round_scorer_assignment a
                  where a.round_id = s.round_id and a.scorer_id = s.scorer_id and a.kind = 'DIMENSION'
                    and a.reference = d.code))
  and not exists (select 1 from round_scorer_assignment a
                  where a.round_id = s.round_id and a.scorer_id = s.scorer_id and a.kind = 'AFFILIATION'
                    and a.reference = cast(u.unit_id as varchar(64)));

-- round_scorer_assignment keeps the affiliations only.
delete from round_scorer_assignment where kind in ('UNIT', 'DIMENSION');
alter table round_scorer_assignment drop constraint ck_round_scorer_assignment_kind;
alter table round_scorer_assignment add constraint ck_round_scorer_assignment_kind check (kind = 'AFFILIATION');
